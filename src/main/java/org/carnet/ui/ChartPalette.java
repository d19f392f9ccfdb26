package org.carnet.ui;

import java.awt.Color;

/**
 * Chart colours, one set per theme: JFreeChart draws on a canvas that CSS does not reach. The values follow
 * AtlantaFX's Primer palette so the charts sit well in both themes; bands stay distinguishable in black and white
 * through their different lightness.
 */
public record ChartPalette(Color background, Color text, Color grid, Color values, Color average, Color magnesium,
                           Color baselineBand, Color earlyBand, Color lateBand, Color startMarker) {

    public static final ChartPalette LIGHT = new ChartPalette(
            new Color(0xFFFFFF), new Color(0x24292F), new Color(0xD0D7DE), new Color(0x0969DA), new Color(0x0550AE),
            new Color(0x8250DF), new Color(0xEAEEF2), new Color(0xDDF4FF), new Color(0xDAFBE1), new Color(0xCF222E));

    public static final ChartPalette DARK = new ChartPalette(
            new Color(0x0D1117), new Color(0xC9D1D9), new Color(0x30363D), new Color(0x58A6FF), new Color(0x79C0FF),
            new Color(0xBC8CFF), new Color(0x21262D), new Color(0x0C2D6B), new Color(0x033A16), new Color(0xF85149));

    /** The marks of laboratory results on a timeline: an amber that neither theme uses for anything else. */
    public Color labResult() {
        boolean dark = background.getRed() + background.getGreen() + background.getBlue() < 3 * 128;
        return dark ? new Color(0xD29922) : new Color(0x9A6700);
    }

    public static ChartPalette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }
}

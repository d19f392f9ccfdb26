package org.carnet.app;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carnet.tracking.ui.TrackingChart;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The first visit of a page used to load, on the FX thread, hundreds of classes it never needed before (its views,
 * the controls' skins, JFreeChart), which froze the window for a few hundred milliseconds on a cold start. Once the
 * journal is shown, this loads them on a background thread of low priority, and draws a small chart into an image
 * so that JFreeChart's drawing code is loaded too. Nothing here touches a scene: classes only, and one chart that
 * nobody sees. If anything fails, the pages simply load what they need themselves, as before.
 */
final class Warmup {
    private static final Logger LOG = Logger.getLogger(Warmup.class.getName());

    /** Classes the pages load on their first visit (found with bench/FxGapBenchmark's profile). */
    private static final List<String> CLASSES = List.of(
            "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.TextAreaSkin",
            "javafx.scene.control.skin.DatePickerSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.ListCellSkin",
            "javafx.scene.control.skin.VirtualFlow",
            "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.ScrollBarSkin",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.CheckBoxSkin",
            "javafx.scene.control.skin.RadioButtonSkin",
            "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.TooltipSkin",
            "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.skin.SpinnerSkin",
            "javafx.scene.control.skin.DatePickerContent",
            "impl.org.controlsfx.skin.RatingSkin",
            "org.jfree.chart.fx.ChartViewer",
            "org.jfree.chart.fx.ChartCanvas",
            "org.jfree.chart.fx.FXGraphics2D",
            "org.carnet.journal.ui.CheckInView",
            "org.carnet.journal.ui.JournalListView",
            "org.carnet.journal.ui.EpisodeDialog",
            "org.carnet.intake.ui.IntakeView",
            "org.carnet.intake.ui.NutrientGauges",
            "org.carnet.intake.ui.GaugeBar",
            "org.carnet.intake.ui.ProductsView",
            "org.carnet.tracking.ui.TrackingView",
            "org.carnet.tracking.ui.ProtocolsView",
            "org.carnet.profile.ui.ProfileView",
            "org.carnet.report.ui.ReportDialog",
            "org.carnet.ui.FindingsView");

    private Warmup() {
    }

    /** Starts the warm-up on its own thread; returns at once. */
    static void start(Messages messages) {
        Thread thread = new Thread(() -> run(messages), "carnet-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run(Messages messages) {
        long start = System.nanoTime();
        ClassLoader loader = Warmup.class.getClassLoader();
        try {
            // The icon font is read from its jar on first use.
            Icons.icon(MaterialDesignH.HOME_OUTLINE);
            for (String name : CLASSES) {
                Class.forName(name, true, loader);
            }
            TrackingChart.warmUp(messages);
            LOG.fine(() -> "Warm-up done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "Warm-up stopped; the pages will load what they need themselves", e);
        }
    }
}

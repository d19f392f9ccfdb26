package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The tracking chart's warm-up draws a whole chart off the FX thread, as the background thread does at opening. */
class ChartWarmUpTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsTheChartOnAnotherThreadThanTheFxThread() throws Exception {
        CompletableFuture<ChartRenderingInfo> drawn = new CompletableFuture<>();
        boolean[] onFx = new boolean[1];
        Thread background = new Thread(() -> {
            try {
                onFx[0] = Platform.isFxApplicationThread();
                drawn.complete(TrackingChart.warmUp(new Messages(Language.FRENCH)));
            } catch (RuntimeException | Error e) {
                drawn.completeExceptionally(e);
            }
        }, "warm-up");
        background.start();

        ChartRenderingInfo info = drawn.get(30, TimeUnit.SECONDS);
        assertThat(onFx[0]).isFalse();
        // Drawn whole: a data area inside the drawing, the days' dots and the lab mark as entities.
        assertThat(info.getPlotInfo().getDataArea().getWidth()).isGreaterThan(100).isLessThan(640);
        assertThat(info.getEntityCollection().getEntityCount()).isGreaterThan(50);
    }
}

package org.carnet.tracking.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.carnet.labs.LabResult;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.tracking.TrackingService;
import org.carnet.ui.AppPage;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The tracking page: findings first, then the chart against the baseline; its summary card goes on Home. */
public final class TrackingPage implements AppPage {
    private final TrackingViewModel model;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final java.util.function.Supplier<Messages> messages;
    /** JFreeChart's classes and first drawing are warmed up once per process ({@link TrackingChart#warmUp}). */
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    public TrackingPage(TrackingService tracking, Callable<List<LabResult>> labResults, TaskRunner runner,
                        JournalChanges changes, DialogService dialogs, Consumer<Throwable> loadFailed,
                        java.util.function.Supplier<Messages> messages) {
        this.messages = messages;
        this.model = new TrackingViewModel(tracking, runner);
        model.setLabResults(labResults);
        this.dialogs = dialogs;
        this.runner = runner;
        changes.subscribe(() -> model.load(loadFailed), DataKind.DAYS, DataKind.EPISODES, DataKind.INTAKES,
                DataKind.PROTOCOLS, DataKind.PRODUCTS, DataKind.LABS, DataKind.OWN_SYMPTOMS);
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CHART_LINE;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        if (!WARMED.getAndSet(true)) {
            // On the background thread, before the analysis: the chart's first drawing on the FX thread is lighter.
            Messages words = messages.get();
            runner.run(() -> TrackingChart.warmUp(words), drawn -> { }, error -> java.util.logging.Logger.getLogger(
                    TrackingPage.class.getName()).log(java.util.logging.Level.FINE, "Chart warm-up failed", error));
        }
        return AppPage.loading(failed, model::load);
    }

    @Override
    public Node create(Messages messages) {
        return new TrackingView(model, messages, dialogs, runner).createView();
    }

    /** The home page's card: the protocol's state; {@code openTracking} leads here. */
    public Node summaryCard(Messages messages, Runnable openTracking) {
        return new TrackingSummaryCard(model, messages, openTracking).createView();
    }

    /** The chart is drawn on a canvas with the theme's palette. */
    @Override
    public boolean remadeOnRestyle() {
        return true;
    }

    /** The chart draws itself for the first time when its data is there: once more, out of sight. */
    @Override
    public void prebuilt(Runnable layOutAgain) {
        if (model.dataProperty().get() != null) {
            return;
        }
        model.dataProperty().addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object now) {
                o.removeListener(this);
                layOutAgain.run();
            }
        });
    }
}

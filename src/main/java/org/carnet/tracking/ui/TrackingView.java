package org.carnet.tracking.ui;

import static org.carnet.ui.Layouts.*;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.carnet.guidance.Fact;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabText;
import org.carnet.tracking.Measure;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.SymptomSeries;
import org.carnet.tracking.SymptomSummary;
import org.carnet.tracking.TrackingReport;
import org.carnet.tracking.TrackingService.TrackingData;
import org.carnet.tracking.TrackingThresholds;
import org.carnet.ui.ChartPalette;
import org.carnet.ui.DialogService;
import org.carnet.ui.FindingsView;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.carnet.ui.Theme;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * "Since I started, is it getting better?": the findings first (warning signs at the top), the chart of one symptom
 * with the baseline and the two windows, and the per-symptom table, each with its source.
 */
public final class TrackingView {
    private final TrackingViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final VBox body = new VBox(14);
    private JFreeChart chart;
    /** What the page was last made for: the data, the symptom, the journal so far, a load without a protocol. */
    private List<Object> filledFor;

    public TrackingView(TrackingViewModel model, Messages messages, DialogService dialogs, TaskRunner runner) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.runner = runner;
    }

    public Node createView() {
        model.dataProperty().addListener(o -> fill());
        model.loadedProperty().addListener(o -> fill());
        model.symptomProperty().addListener(o -> fill());
        fill();
        return scrollingPage("tracking-view", messages.get("tracking.title"), body);
    }

    private void fill() {
        TrackingData data = model.dataProperty().get();
        // A load sets the symptom, the data and "loaded" one after the other: the page is made once for them.
        List<Object> shown = java.util.Arrays.asList(data, model.symptomProperty().get(), model.soFarProperty().get(),
                data == null && model.loadedProperty().get());
        if (sameObjects(shown, filledFor)) {
            return;
        }
        filledFor = shown;
        body.getChildren().clear();
        if (data == null) {
            if (model.loadedProperty().get()) {
                Label none = hint(messages.get("tracking.noProtocol"));
                none.setId("tracking-no-protocol");
                body.getChildren().add(none);
                if (model.soFarProperty().get() != null) {
                    body.getChildren().add(soFar(model.soFarProperty().get()));
                }
            }
            return;
        }
        TrackingReport report = data.report();
        Label protocol = new Label(messages.get("tracking.protocol", report.protocol().name(),
                messages.shortDate(report.protocol().start()), report.dayNumber(),
                messages.of("tracking.window", report.window())));
        protocol.setId("tracking-protocol");
        protocol.setWrapText(true);
        protocol.getStyleClass().add("day-name");
        Label adherence = new Label(report.adherence().applicable()
                ? messages.get("tracking.adherence", report.adherence().roundedPercent(),
                        report.adherence().daysAdherent(), report.adherence().daysCounted())
                : messages.get("tracking.adherence.none"));
        adherence.setId("tracking-adherence");
        FindingsView findings = new FindingsView(messages, true);
        findings.setId("tracking-findings");
        findings.show(report.findings(), messages.get("tracking.findings.none"));
        // Where a built-in symptom could get advice, the person's own get this sentence: the sources are silent.
        List<String> own = report.symptoms().stream().filter(SymptomSummary::tracked)
                .map(SymptomSummary::symptom).filter(org.carnet.tracking.OwnTracked.class::isInstance)
                .map(t -> ((org.carnet.tracking.OwnTracked) t).symptom().name()).toList();
        VBox findingsBox = new VBox(8, findings);
        if (!own.isEmpty()) {
            Label noAdvice = hint(messages.get("tracking.own.noAdvice", String.join(", ", own)));
            noAdvice.setId("tracking-own-no-advice");
            noAdvice.setWrapText(true);
            findingsBox.getChildren().add(noAdvice);
        }
        body.getChildren().addAll(new VBox(4, protocol, adherence), card(messages.get("tracking.findings"), findingsBox),
                card(messages.get("tracking.effects.title"), new EffectsPane(messages).create(report, data.products())),
                card(messages.get("tracking.symptom"), chartPane(data)), card(messages.get("tracking.title"),
                        sideways(table(report)), sourceLines()));
    }

    /** The same objects (not equal ones: a new load is shown anew even when its figures did not change). */
    private static boolean sameObjects(List<Object> a, List<Object> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Without a protocol, what the journal already says: the days recorded lately and in all, and the warning signs
     * of those days (they are never hidden for want of a protocol).
     */
    private Node soFar(org.carnet.tracking.TrackingService.JournalSoFar soFar) {
        Label days = new Label(messages.get("tracking.soFar.days", soFar.recentDays(),
                org.carnet.tracking.TrackingService.SO_FAR_DAYS, soFar.allDays()));
        days.setId("tracking-so-far-days");
        days.setWrapText(true);
        FindingsView flags = new FindingsView(messages, true);
        flags.setId("tracking-so-far-red-flags");
        flags.show(soFar.redFlags(), messages.get("tracking.soFar.noRedFlags",
                org.carnet.tracking.TrackingService.SO_FAR_DAYS));
        VBox card = card(messages.get("tracking.soFar.title"), days, flags);
        card.setId("tracking-so-far");
        return card;
    }

    private Node chartPane(TrackingData data) {
        ComboBox<org.carnet.tracking.Tracked> picker = new ComboBox<>();
        picker.setId("tracking-symptom");
        data.report().symptoms().stream().filter(SymptomSummary::tracked).map(SymptomSummary::symptom)
                .forEach(picker.getItems()::add);
        if (picker.getItems().isEmpty()) {
            picker.getItems().add(model.symptomProperty().get());
        }
        picker.setValue(model.symptomProperty().get());
        picker.setConverter(converter(s -> s == null ? "" : SymptomWords.name(s, messages)));
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.symptomProperty().set(now);
            }
        });
        org.carnet.tracking.Tracked symptom = model.symptomProperty().get();
        chart = TrackingChart.create(chartData(data, symptom), messages, ChartPalette.of(Theme.current()));
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("tracking-chart");
        viewer.setPrefHeight(340);
        viewer.setMinHeight(300);
        // In a narrow window the bands are narrow too: their names shorten rather than run over each other. The
        // canvas draws itself on each change of its size (its own listeners come first); the names are fitted to
        // the data area of that drawing.
        org.jfree.chart.fx.ChartCanvas canvas = viewer.getCanvas();
        JFreeChart drawn = chart;
        javafx.beans.InvalidationListener fit = o -> {
            // None before the canvas's first drawing at a size.
            if (canvas.getRenderingInfo() != null) {
                TrackingChart.fitBandNames(drawn, canvas.getRenderingInfo().getPlotInfo().getDataArea());
            }
        };
        canvas.widthProperty().addListener(fit);
        canvas.heightProperty().addListener(fit);
        Button reset = zoomOnlyOnRequest(viewer);
        Button save = new Button(messages.get("tracking.chart.save"), Icons.icon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("tracking-save-chart");
        save.setOnAction(e -> saveChart());
        whole(reset, save);
        // The symptom on the left, the chart's buttons on the right, or under it in a narrow window.
        return new VBox(8, new org.carnet.ui.TitleBar(picker, reset, save), viewer);
    }

    /**
     * The wheel scrolls the page as it does everywhere else (the chart's own wheel zoom made days vanish unasked);
     * zooming stays a deliberate drag across the days, and the button returns to every day.
     */
    private Button zoomOnlyOnRequest(ChartViewer viewer) {
        org.jfree.chart.fx.interaction.MouseHandlerFX wheel = viewer.getCanvas().getMouseHandler("scroll");
        if (wheel != null) {
            viewer.getCanvas().removeAuxiliaryMouseHandler(wheel);
        }
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        org.jfree.data.Range days = plot.getDomainAxis().getRange();
        List<org.jfree.data.Range> values = new ArrayList<>();
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            values.add(plot.getRangeAxis(i) == null ? null : plot.getRangeAxis(i).getRange());
        }
        Button reset = new Button(messages.get("tracking.chart.reset"));
        reset.setId("tracking-chart-reset");
        reset.setTooltip(new javafx.scene.control.Tooltip(messages.get("tracking.chart.zoomHint")));
        reset.setOnAction(e -> {
            plot.getDomainAxis().setRange(days);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    plot.getRangeAxis(i).setRange(values.get(i));
                }
            }
        });
        return reset;
    }

    /** The chart data of one symptom: its series over the chart range and the day's supplemental magnesium. */
    ChartData chartData(TrackingData data, org.carnet.tracking.Tracked symptom) {
        SymptomSeries series = data.series(symptom);
        List<Double> magnesium = new ArrayList<>();
        for (LocalDate day : series.days()) {
            magnesium.add(data.supplementalMagnesiumMg().get(day));
        }
        LocalDate start = data.report().protocol().start();
        double highest = series.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                .orElse(3);
        double max;
        if (symptom instanceof Symptom builtIn) {
            max = switch (builtIn) {
                case SLEEP_QUALITY -> 5;
                case CRAMP_EPISODES, PALPITATIONS, SPASMS -> highest;
                default -> 10;
            };
        } else {
            max = switch (((org.carnet.tracking.OwnTracked) symptom).symptom().kind()) {
                case SCALE -> 10;
                case YES_NO -> 1;
                case COUNT -> highest;
            };
        }
        return new ChartData(SymptomWords.name(symptom, messages), series.days(), series.values(), series.movingAverages(),
                magnesium, start, data.from(), start.plusDays(TrackingThresholds.WEEKS_1_3_LAST_DAY - 1L),
                start.plusDays(TrackingThresholds.WEEKS_4_8_LAST_DAY - 1L), max, labMarks(series.days()));
    }

    /** The laboratory results taken within {@code days}, oldest first, each with its words. */
    private List<ChartData.LabMark> labMarks(List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        return model.labResultsProperty().get().stream()
                .filter(r -> !r.takenOn().isBefore(first) && !r.takenOn().isAfter(last))
                .sorted(java.util.Comparator.comparing(LabResult::takenOn))
                .map(r -> new ChartData.LabMark(r.takenOn(), LabText.describe(r, messages))).toList();
    }

    private void saveChart() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("tracking.chart.save"));
        chooser.setInitialFileName("carnet-" + model.symptomProperty().get().name().toLowerCase(Locale.ROOT) + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = org.carnet.ui.FileFolders.chosen(org.carnet.ui.FileFolders.prepare(chooser)
                .showSaveDialog(body.getScene().getWindow()));
        if (file == null) {
            return;
        }
        JFreeChart toSave = chart;
        Consumer<Throwable> failed = e -> dialogs.showError("action.saveChart", e);
        runner.run(() -> {
            ChartUtils.saveChartAsPNG(file, toSave, 1400, 700);
            return file;
        }, saved -> dialogs.inform(messages.get("tracking.chart.save"), messages.get("tracking.chart.saved",
                saved.getAbsolutePath())), failed);
    }

    private Node table(TrackingReport report) {
        GridPane grid = new GridPane();
        grid.setId("tracking-table");
        grid.setHgap(16);
        grid.setVgap(6);
        String[] headers = {"tracking.symptom", "tracking.table.baseline", "tracking.table.weeks13",
            "tracking.table.weeks48", "tracking.table.last7", "tracking.table.change", "tracking.table.days"};
        for (int c = 0; c < headers.length; c++) {
            Label header = cell(messages.get(headers[c]));
            header.getStyleClass().add("form-label");
            grid.add(header, c, 0);
        }
        int row = 1;
        for (SymptomSummary summary : report.symptoms()) {
            if (!summary.tracked()) {
                continue;
            }
            Label name = cell(SymptomWords.name(summary.symptom(), messages));
            name.getStyleClass().add("gauge-name");
            grid.add(name, 0, row);
            grid.add(cell(measure(summary.baseline())), 1, row);
            grid.add(cell(measure(summary.weeks1to3())), 2, row);
            grid.add(cell(measure(summary.weeks4to8())), 3, row);
            grid.add(cell(measure(summary.last7())), 4, row);
            String direction = messages.of("tracking.direction", summary.direction());
            if (summary.changePercent() != null) {
                direction = messages.numbers().signedPercent(summary.changePercent()) + " · " + direction;
            }
            if (summary.persisting()) {
                direction += " · " + messages.get("tracking.persisting");
            }
            Label change = cell(direction);
            change.getStyleClass().add("direction-" + summary.direction().name().toLowerCase(Locale.ROOT));
            change.setUserData(summary.symptom().name());
            grid.add(change, 5, row);
            grid.add(cell(String.valueOf(summary.last7().recordedDays())), 6, row);
            row++;
        }
        return grid;
    }

    /**
     * The table in a scroll pane of its own that scrolls sideways when the window is too narrow for its columns (at
     * their longest word), so that the page itself never does: one sideways scroll bar, under the table, not two.
     */
    private static Node sideways(Node table) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(table);
        scroll.setId("tracking-table-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().addAll("edge-to-edge", "table-scroll");
        scroll.setMinWidth(0);
        // As tall as the table, plus the bar when it shows: the rows are never hidden behind it.
        scroll.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double bar = scroll.getViewportBounds().getWidth() + 1 < ((javafx.scene.layout.Region) table)
                    .minWidth(-1) ? 14 : 0;
            return ((javafx.scene.layout.Region) table).prefHeight(scroll.getViewportBounds().getWidth()) + bar;
        }, scroll.viewportBoundsProperty(), ((javafx.scene.layout.Region) table).heightProperty()));
        scroll.prefHeightProperty().bind(scroll.minHeightProperty());
        return scroll;
    }

    /**
     * A cell of the table: its words wrap within the column, its row is as tall as they need, and its column no
     * narrower than its longest word (below that, the page scrolls sideways).
     */
    private static Label cell(String text) {
        return wrapping(new Label(text));
    }

    private String measure(Measure measure) {
        if (!measure.started()) {
            return messages.get("tracking.table.notYet");
        }
        if (!measure.hasValue()) {
            return messages.get("tracking.table.notEnough");
        }
        // No-break spaces: "0.4 (20 d)" is one value, kept on one line when the table wraps its words.
        return messages.numbers().fixed(measure.mean(), 1) + "\u00a0(" + measure.recordedDays()
                + (messages.language() == org.carnet.ui.Language.FRENCH ? "\u00a0j)" : "\u00a0d)");
    }

    private Node sourceLines() {
        VBox lines = new VBox(2, hint(messages.get("tracking.sources")));
        for (Fact fact : List.of(Fact.WINDOW_IMPROVEMENT_1_3W, Fact.PERSISTENCE_3_4W)) {
            Label source = new Label(messages.source(fact));
            source.getStyleClass().add("source-line");
            source.setWrapText(true);
            lines.getChildren().add(source);
        }
        return lines;
    }
}

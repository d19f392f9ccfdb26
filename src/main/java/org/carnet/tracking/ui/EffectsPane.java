package org.carnet.tracking.ui;

import static org.carnet.ui.Layouts.hint;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.carnet.intake.Product;
import org.carnet.tracking.Effect;
import org.carnet.tracking.TrackingReport;
import org.carnet.ui.Messages;

/**
 * "Is it changing?": the declared question first, then the on/off plan's state, then one row per symptom: a small
 * forest plot (estimate, range, the 30 % band) and the words, or what is still missing.
 */
final class EffectsPane {
    private static final double NAME_WIDTH = 170;
    private static final double GAP = 14;
    /** The narrowest the estimate's words may be beside the plot. */
    private static final double TEXT_MIN_WIDTH = 280;
    private final Messages messages;
    private final EffectWords words;

    EffectsPane(Messages messages) {
        this.messages = messages;
        this.words = new EffectWords(messages);
    }

    Node create(TrackingReport report, List<Product> products) {
        VBox box = new VBox(10);
        box.setId("tracking-effects");
        Label question = new Label(report.protocol().question() == null ? messages.get("tracking.effects.noQuestion")
                : messages.get("tracking.effects.declared", words.question(report.protocol().question(),
                        report.protocol(), products)));
        question.setId("tracking-effects-question");
        question.setWrapText(true);
        box.getChildren().add(question);
        if (report.onOff() != null) {
            Label today = new Label(words.today(report.protocol(), report.onOff(), report.asOf()));
            today.setId("tracking-onoff-today");
            Label test = new Label(words.test(report.onOff()));
            test.setId("tracking-onoff-test");
            for (Label label : List.of(today, test)) {
                label.setWrapText(true);
            }
            box.getChildren().addAll(today, test, hint(messages.get("onoff.safety")));
        }
        long exploratory = report.effects().stream().filter(e -> !e.declared()).count();
        if (report.effects().isEmpty()) {
            box.getChildren().add(hint(messages.get("tracking.effects.none")));
        }
        boolean labelled = false;
        for (Effect effect : report.effects()) {
            if (!effect.declared() && !labelled) {
                box.getChildren().add(hint(messages.get("tracking.effects.exploratory", exploratory,
                        100 * effect.level())));
                labelled = true;
            }
            box.getChildren().add(row(effect));
        }
        box.getChildren().add(hint(messages.get("tracking.effects.hint")));
        return box;
    }

    private Node row(Effect effect) {
        Label name = new Label(SymptomWords.name(effect.symptom(), messages));
        name.getStyleClass().add("effect-name");
        name.setMinWidth(NAME_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        name.setWrapText(true);
        VBox text = new VBox(2);
        if (effect.hasEstimate()) {
            Label estimate = new Label(words.estimate(effect));
            estimate.setUserData(effect.symptom().name());
            estimate.getStyleClass().add("effect-estimate");
            estimate.setWrapText(true);
            text.getChildren().addAll(estimate, wrapped(words.verdict(effect)));
        } else {
            Label missing = new Label(messages.get("effect.line.notEnough", SymptomWords.name(effect.symptom(), messages),
                    words.missing(effect)));
            missing.getStyleClass().add("effect-estimate");
            missing.setUserData(effect.symptom().name());
            missing.setWrapText(true);
            text.getChildren().add(missing);
        }
        String detectable = words.detectable(effect);
        if (detectable != null) {
            text.getChildren().add(hint(detectable));
        }
        String earlier = words.earlier(effect);
        if (earlier != null) {
            text.getChildren().add(wrapped(earlier));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        ForestPlot plot = effect.hasEstimate() ? new ForestPlot(effect) : null;
        HBox head = new HBox(GAP, name);
        head.setAlignment(Pos.TOP_LEFT);
        // The words sit beside the plot when there is room for them, else under it: never squeezed to a letter wide;
        // in a narrower window still the plot goes under the name too (the page never scrolls sideways for it).
        double withPlot = NAME_WIDTH + GAP + (plot != null ? ForestPlot.WIDTH : 0);
        double beside = withPlot + GAP + TEXT_MIN_WIDTH;
        VBox row = new VBox(4, head, text);
        row.getStyleClass().add("effect-row");
        row.setMinWidth(Math.max(NAME_WIDTH, plot != null ? ForestPlot.WIDTH : 0));
        int[] mode = {-1};
        Runnable arrange = () -> {
            double width = row.getWidth() <= 0 ? beside : row.getWidth();
            int now = width >= beside ? 2 : width >= withPlot ? 1 : 0;
            if (now == mode[0]) {
                return;
            }
            mode[0] = now;
            head.getChildren().setAll(name);
            row.getChildren().setAll(head);
            if (plot != null) {
                (now >= 1 ? head.getChildren() : row.getChildren()).add(plot);
            }
            (now == 2 ? head.getChildren() : row.getChildren()).add(text);
        };
        arrange.run();
        row.widthProperty().addListener((observable, old, width) -> arrange.run());
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}

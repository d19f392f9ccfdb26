package org.carnet.profile.ui;

import static org.carnet.ui.Layouts.*;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.carnet.ui.FindingsView;
import org.carnet.profile.RiskFactor;
import org.carnet.ui.DialogService;
import org.carnet.ui.Forms;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The profile page: everything optional, kept on this computer, used only to adapt the advice. */
public final class ProfileView {
    private final ProfileViewModel model;
    private final Messages messages;
    private final DialogService dialogs;

    public ProfileView(ProfileViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public Node createView() {
        Label hint = new Label(messages.get("profile.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        TextField name = new TextField();
        name.setId("profile-name");
        name.setPrefWidth(260);
        name.setMaxWidth(260);
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField year = new TextField();
        year.setId("profile-birth-year");
        year.setMaxWidth(100);
        year.setPromptText("1970");
        year.textProperty().bindBidirectional(model.birthYearProperty());
        VBox factors = new VBox(6);
        for (RiskFactor factor : RiskFactor.values()) {
            CheckBox box = new CheckBox(messages.of("riskFactor", factor));
            box.setId("profile-" + factor.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.factor(factor));
            box.setWrapText(true);
            factors.getChildren().add(box);
        }
        FindingsView finding = new FindingsView(messages, false);
        finding.setId("profile-finding");
        Runnable showFinding = () -> finding.show(model.findingProperty().get().stream().toList(),
                messages.get("profile.noFinding"));
        model.findingProperty().addListener(o -> showFinding.run());
        showFinding.run();
        Button save = new Button(messages.get("action.save"), Icons.icon(MaterialDesignC.CONTENT_SAVE));
        save.setId("profile-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save(() -> { }, error -> dialogs.showError("action.saveProfile", error)));
        VBox form = new VBox(10, hint,
                labelled(messages.get("profile.name"), Forms.withError(name, "name", model.errors(), messages)),
                labelled(messages.get("profile.birthYear"), Forms.withError(year, "birthYear", model.errors(), messages)),
                labelled(messages.get("profile.riskFactors"), new VBox(6, factors,
                        org.carnet.ui.Layouts.sourceLine(messages.get("profile.riskFactors.source",
                                messages.source(org.carnet.guidance.Fact.MG_RISK_FACTORS))))),
                finding, save);
        return scrollingPage("profile-view", messages.get("profile.title"), form);
    }
}

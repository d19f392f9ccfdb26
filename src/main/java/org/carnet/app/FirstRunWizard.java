package org.carnet.app;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.scene.control.DialogEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.carnet.reminders.ReminderSettings;
import org.carnet.core.TextLength;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileService;
import org.carnet.profile.RiskFactor;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * The first start, step by step: language; what Carnet is and is not; an optional profile; an optional password;
 * reminders, or none; then start the journal, or explore a demo journal filled with sample data first. Every step but
 * the first two may stay empty; Back and Next move between them, and nothing is written until the end. Enter goes on
 * (the default button) from every step, also from a check box, which Space ticks; the keyboard is in the wizard as
 * soon as it is shown, also without a window manager to give it.
 */
final class FirstRunWizard extends Dialog<FirstRunWizard.Result> {
    /**
     * What the person chose: the profile (null when left empty), the password (null for none), the reminders (all
     * off unless turned on), the demo.
     */
    record Result(Profile profile, char[] password, ReminderSettings reminders, boolean exploreDemo) {
    }

    private enum Step { LANGUAGE, ABOUT, PROFILE, PASSWORD, REMINDERS, READY }

    private final Consumer<Language> onLanguage;
    private final int thisYear;
    private Messages messages;
    private Step step = Step.LANGUAGE;

    private final ToggleGroup languages = new ToggleGroup();
    private final RadioButton french = new RadioButton("Français");
    private final RadioButton english = new RadioButton("English");
    private final TextField name = new TextField();
    private final TextField birthYear = new TextField();
    private final Map<RiskFactor, CheckBox> risks = new EnumMap<>(RiskFactor.class);
    private final CheckBox protect = new CheckBox();
    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Label error = new Label();
    private final ReminderFields reminders;
    private final ButtonType back = new ButtonType("back", ButtonBar.ButtonData.BACK_PREVIOUS);
    private final ButtonType next = new ButtonType("next", ButtonBar.ButtonData.NEXT_FORWARD);
    private final ButtonType start = new ButtonType("start", ButtonBar.ButtonData.FINISH);
    private final ButtonType explore = new ButtonType("explore", ButtonBar.ButtonData.OTHER);

    FirstRunWizard(Window owner, Messages messages, Consumer<Language> onLanguage, int thisYear,
                   ReminderSettings currentReminders) {
        this.messages = messages;
        this.reminders = new ReminderFields("first-run", messages, currentReminders);
        this.onLanguage = onLanguage;
        this.thisYear = thisYear;
        initOwner(owner);
        getDialogPane().setId("first-run");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(640);
        getDialogPane().getButtonTypes().addAll(back, explore, start, next);
        for (ButtonType type : new ButtonType[] {back, explore, start, next}) {
            ButtonBar.setButtonUniformSize(button(type), false);
            button(type).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        button(back).setId("first-run-back");
        button(next).setId("first-run-next");
        button(start).setId("first-run-start");
        button(explore).setId("first-run-explore");
        button(back).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            go(Step.values()[step.ordinal() - 1]);
        });
        button(next).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (validate()) {
                go(Step.values()[step.ordinal() + 1]);
            }
        });
        french.setId("first-run-french");
        english.setId("first-run-english");
        french.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (messages.language() == Language.FRENCH ? french : english).setSelected(true);
        languages.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                Language chosen = now == french ? Language.FRENCH : Language.ENGLISH;
                if (chosen != this.messages.language()) {
                    this.messages = new Messages(chosen);
                    onLanguage.accept(chosen);
                    render();
                }
            }
        });
        name.setId("first-run-name");
        birthYear.setId("first-run-birth-year");
        birthYear.setPrefColumnCount(6);
        birthYear.setMaxWidth(120);
        for (RiskFactor factor : RiskFactor.values()) {
            CheckBox box = new CheckBox();
            box.setId("first-run-risk-" + factor.name().toLowerCase(java.util.Locale.ROOT));
            risks.put(factor, box);
        }
        protect.setId("first-run-protect");
        password.setId("first-run-password");
        again.setId("first-run-password-again");
        password.disableProperty().bind(protect.selectedProperty().not());
        again.disableProperty().bind(protect.selectedProperty().not());
        error.setId("first-run-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        setResultConverter(button -> {
            if (button != start && button != explore) {
                return null;
            }
            return new Result(profile(), protect.isSelected() ? password.getText().toCharArray() : null,
                    reminders.chosen().orElse(ReminderSettings.OFF), button == explore);
        });
        // Handlers, not setOnHidden/setOnShown: the caller sets its own.
        addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> {
            password.clear();
            again.clear();
        });
        addEventHandler(DialogEvent.DIALOG_SHOWN, e -> takeTheKeyboard());
        // Enter goes on from every step: on a check box or a choice it would tick it (Space does that).
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focused = getDialogPane().getScene().getFocusOwner();
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && (focused instanceof CheckBox || focused instanceof RadioButton)) {
                e.consume();
                button(step == Step.READY ? start : next).fire();
            }
        });
        render();
    }

    /**
     * Asks for the keyboard: without a window manager nobody gives it to a new window, and typing goes nowhere until
     * a click. The window, then the first control of the step.
     */
    private void takeTheKeyboard() {
        Window window = getDialogPane().getScene().getWindow();
        window.requestFocus();
        Node first = firstControl();
        first.requestFocus();
        javafx.application.Platform.runLater(first::requestFocus);
    }

    private Button button(ButtonType type) {
        return (Button) getDialogPane().lookupButton(type);
    }

    private void go(Step target) {
        step = target;
        render();
    }

    /** Builds the current step in the current language; the fields keep what was typed. */
    private void render() {
        setTitle(messages.get("welcome.title"));
        setHeaderText(messages.get("firstRun.step." + key(step), step.ordinal() + 1, Step.values().length));
        button(back).setText(messages.get("firstRun.back"));
        button(next).setText(messages.get("firstRun.next"));
        button(start).setText(messages.get("welcome.start"));
        button(explore).setText(messages.get("firstRun.explore"));
        boolean last = step == Step.READY;
        show(button(back), step != Step.LANGUAGE);
        show(button(next), !last);
        show(button(start), last);
        show(button(explore), last);
        button(next).setDefaultButton(!last);
        button(start).setDefaultButton(last);
        error.setText("");
        error.setManaged(false);
        error.setVisible(false);
        VBox page = new VBox(10);
        page.setId("first-run-page-" + key(step));
        switch (step) {
            case LANGUAGE -> page.getChildren().addAll(paragraph("firstRun.language"), french, english);
            case ABOUT -> {
                for (String key : new String[] {"welcome.what", "welcome.how", "welcome.not", "welcome.private"}) {
                    page.getChildren().add(paragraph(key));
                }
                page.getChildren().get(2).getStyleClass().add("welcome-warning");
            }
            case PROFILE -> {
                javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
                grid.setHgap(16);
                grid.setVgap(6);
                int index = 0;
                for (Map.Entry<RiskFactor, CheckBox> risk : risks.entrySet()) {
                    risk.getValue().setText(messages.of("riskFactor", risk.getKey()));
                    risk.getValue().setWrapText(true);
                    risk.getValue().setMaxWidth(290);
                    risk.getValue().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    grid.add(risk.getValue(), index % 2, index / 2);
                    index++;
                }
                javafx.scene.layout.HBox identity = new javafx.scene.layout.HBox(16,
                        labelled("profile.name", name), labelled("profile.birthYear", birthYear));
                javafx.scene.layout.HBox.setHgrow(identity.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
                page.getChildren().addAll(paragraph("firstRun.profile"), identity, sectionLabel("profile.riskFactors"),
                        grid);
            }
            case PASSWORD -> {
                protect.setText(messages.get("firstRun.protect"));
                page.getChildren().addAll(paragraph("firstRun.password"), protect,
                        labelled("password.new", password), labelled("password.again", again),
                        paragraph("password.warning"));
            }
            case REMINDERS -> {
                reminders.setMessages(messages);
                page.getChildren().addAll(paragraph("preferences.firstRun.header"),
                        reminders.create(protect.isSelected()));
            }
            case READY -> page.getChildren().addAll(paragraph("firstRun.ready"), paragraph("firstRun.demo"));
        }
        page.getChildren().add(error);
        getDialogPane().setContent(page);
        Node first = firstControl();
        javafx.application.Platform.runLater(first::requestFocus);
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            Window window = getDialogPane().getScene().getWindow();
            window.sizeToScene();
            keepOnScreen(window);
        }
    }

    /**
     * A step taller than the one before grows the wizard downwards: on a 768 px screen the reminders' step would end
     * under the screen's edge (or the task bar), its buttons out of reach. Moved up (or left) just enough.
     */
    private static void keepOnScreen(Window window) {
        var screens = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1,
                window.getWidth()), Math.max(1, window.getHeight()));
        javafx.geometry.Rectangle2D visible = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                .getVisualBounds();
        if (window.getY() + window.getHeight() > visible.getMaxY()) {
            window.setY(Math.max(visible.getMinY(), visible.getMaxY() - window.getHeight()));
        }
        if (window.getX() + window.getWidth() > visible.getMaxX()) {
            window.setX(Math.max(visible.getMinX(), visible.getMaxX() - window.getWidth()));
        }
    }

    /** Where the keyboard starts on the step shown. */
    private Node firstControl() {
        return switch (step) {
            case LANGUAGE -> languages.getSelectedToggle() == french ? french : english;
            case PROFILE -> name;
            case PASSWORD -> protect;
            case REMINDERS -> reminders.first();
            default -> button(step == Step.READY ? start : next);
        };
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static String key(Step step) {
        return step.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Label paragraph(String key) {
        Label label = new Label(messages.get(key));
        label.setWrapText(true);
        label.setMaxWidth(600);
        // A wrapped label in a dialog is otherwise given one line's height and cut with "…".
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private Label sectionLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private VBox labelled(String key, Node field) {
        Label label = sectionLabel(key);
        label.setLabelFor(field);
        VBox box = new VBox(4, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Checks the step before leaving it; a problem is said under the fields and keeps the step. */
    private boolean validate() {
        String problem = null;
        Node fix = null;
        if (step == Step.PROFILE) {
            if (TextLength.tooLong(name.getText().strip(), ProfileService.NAME_MAX_LENGTH)) {
                problem = messages.error(FieldError.of("name", "validation.tooLong", ProfileService.NAME_MAX_LENGTH));
                fix = name;
            } else {
                NumberInput.Parsed<Integer> year = NumberInput.year("birthYear", birthYear.getText(),
                        ProfileService.OLDEST_BIRTH_YEAR, thisYear);
                if (!year.ok()) {
                    problem = messages.error(year.error().orElseThrow());
                    fix = birthYear;
                }
            }
        } else if (step == Step.REMINDERS) {
            return reminders.validate().isPresent();
        } else if (step == Step.PASSWORD && protect.isSelected()) {
            String key = PasswordDialog.newPasswordProblem(password.getText(), again.getText());
            if (key != null) {
                problem = messages.get(key, PasswordDialog.MIN_LENGTH);
                fix = key.equals("password.error.short") ? password : again;
            }
        }
        if (problem == null) {
            return true;
        }
        error.setText(problem);
        error.setManaged(true);
        error.setVisible(true);
        fix.requestFocus();
        return false;
    }

    /** The profile typed, or null when the step was left empty. */
    private Profile profile() {
        String typedName = name.getText().strip();
        Integer year = NumberInput.year("birthYear", birthYear.getText(), ProfileService.OLDEST_BIRTH_YEAR,
                thisYear).orNull();
        Set<RiskFactor> chosen = EnumSet.noneOf(RiskFactor.class);
        risks.forEach((factor, box) -> {
            if (box.isSelected()) {
                chosen.add(factor);
            }
        });
        if (typedName.isEmpty() && year == null && chosen.isEmpty()) {
            return null;
        }
        return new Profile(typedName.isEmpty() ? null : typedName, year, chosen);
    }
}

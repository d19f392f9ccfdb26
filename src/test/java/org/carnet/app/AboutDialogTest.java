package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.carnet.guidance.Fact;
import org.carnet.guidance.SourceDocument;
import org.carnet.intake.FoodTable;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help › About and sources through the real window, in English and in French. */
class AboutDialogTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private List<String> texts() {
        return lookup("#about-page").queryAs(javafx.scene.layout.VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** Opens the page from the Help menu, as a person would, and checks what it says in the window's language. */
    private void openAndCheck(String help, String item, Messages messages) {
        clickOn(help);
        clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(((Stage) pane.getScene().getWindow()).isResizable()).isTrue();
        assertThat(pane.getHeaderText()).isEqualTo("Carnet " + Version.current());
        assertThat(lookup("#about-scroll").queryAs(ScrollPane.class).getContent()).isNotNull();

        assertThat(text("#about-disclaimer")).isEqualTo(messages.get("app.disclaimer"));
        assertThat(text("#about-data-folder")).contains(app.dataDir().toString());
        for (SourceDocument document : SourceDocument.values()) {
            assertThat(text("#about-document-" + document.name())).contains(document.publisher())
                    .contains(document.title());
        }
        for (Fact fact : Fact.values()) {
            assertThat(text("#about-fact-" + fact.name())).contains(messages.get("fact." + fact.name()));
        }
        assertThat(text("#about-ciqual")).contains(FoodTable.CREDIT).contains("Etalab");
        assertThat(texts()).noneMatch(t -> t.startsWith("!"));
    }

    @Test
    void theAboutPageShowsTheDisclaimerEverySourceAndTheCreditsInEnglishThenInFrench() throws Exception {
        app.start(Language.ENGLISH, true);
        Messages english = new Messages(Language.ENGLISH);
        openAndCheck("Help", "About and sources", english);
        assertThat(text("#about-disclaimer")).contains("not a diagnosis tool").contains("health professional");
        assertThat(text("#about-document-MG")).contains("25/12/2025");
        assertThat(texts()).anySatisfy(t -> assertThat(t).contains("H2 Database Engine").contains("MPL 2.0"));

        // Copy all: the whole page as text, the window still open.
        clickOn("#about-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("Carnet ").contains(english.get("app.disclaimer"))
                .contains(english.get("fact.MG_SPACING_2_4H")).contains(FoodTable.CREDIT);
        assertThat(lookup("#about-dialog").tryQuery()).isPresent();

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#about-dialog").tryQuery()).as("Esc closes the page").isEmpty();

        interact(() -> app.window().switchLanguage(Language.FRENCH));
        Messages french = new Messages(Language.FRENCH);
        openAndCheck("Aide", "À propos et sources", french);
        assertThat(text("#about-disclaimer")).contains("pas un outil de diagnostic");
        assertThat(text("#about-fact-MG_SUPPLEMENT_CEILING_250")).contains("250 mg/jour");
        assertThat(text("#about-document-EFSA")).contains("sans date unique");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#about-dialog").tryQuery()).isEmpty();
    }

    @Test
    void f1OpensThePageAndItScrollsToTheLibraries() throws Exception {
        app.start(Language.ENGLISH, true);
        type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = lookup("#about-scroll").queryAs(ScrollPane.class);
        Node page = scroll.getContent();
        // Longer than its window: it scrolls, and the end can be reached.
        assertThat(page.getLayoutBounds().getHeight()).isGreaterThan(scroll.getViewportBounds().getHeight());
        interact(() -> scroll.setVvalue(1.0));
        assertThat(scroll.getVvalue()).isEqualTo(1.0);
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#about-dialog").tryQuery()).isEmpty();
    }
}

package org.carnet.app;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.carnet.ui.AppPage;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.Ikon;

/**
 * A page that says it is reading the journal until its first data has come, instead of showing its empty states
 * ("nothing logged yet", "no product yet") over a journal that holds years: the window shows the first pages at
 * once and reads the others' data a moment later, so a page visited in the first seconds can be shown before its
 * data. The page's own view is made at once (it may be built out of sight) and hidden until then: until the stage
 * its first {@link AppPage#load} returned has completed (its data in its model, or the load failed).
 */
final class ReadingPage implements AppPage {
    static final String ID = "page-reading";

    private final AppPage page;
    private boolean read;
    private Node view;
    private StackPane wrapper;
    private boolean focusAsked;
    /** Lays the view out again out of sight, given when it was built before its data came; else null. */
    private Runnable layOutAgain;

    ReadingPage(AppPage page) {
        this.page = page;
    }

    @Override
    public Ikon icon() {
        return page.icon();
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        CompletionStage<Void> shown = page.load(failed);
        if (!read) {
            // A failed load has said so through failed: the page is shown as it is, rather than reading for ever.
            shown.whenComplete((done, error) -> read());
        }
        return shown;
    }

    private void read() {
        read = true;
        if (wrapper == null) {
            return;
        }
        wrapper.getChildren().removeIf(child -> child != view);
        view.setVisible(true);
        if (layOutAgain != null) {
            // Built out of sight while hidden: its data shown, it is laid out again out of sight (a piece of the
            // window's idle work, not now), so that the first visit finds that done.
            layOutAgain.run();
            layOutAgain = null;
        }
        if (focusAsked && wrapper.getParent() != null && wrapper.getOpacity() == 1) {
            page.focus(view);
        }
    }

    @Override
    public Node create(Messages messages) {
        view = page.create(messages);
        if (read) {
            wrapper = null;
            return view;
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(32, 32);
        Label reading = new Label(messages.get("page.reading"));
        VBox box = new VBox(12, progress, reading);
        box.setAlignment(Pos.CENTER);
        box.setId(ID);
        view.setVisible(false);
        wrapper = new StackPane(view, box);
        return wrapper;
    }

    @Override
    public void focus(Node shown) {
        if (shown == wrapper && !read) {
            focusAsked = true;
            return;
        }
        page.focus(shown == wrapper ? view : shown);
    }

    @Override
    public boolean remadeOnRestyle() {
        return page.remadeOnRestyle();
    }

    @Override
    public void prebuilt(Runnable layOutAgain) {
        if (!read) {
            this.layOutAgain = layOutAgain;
        }
        page.prebuilt(layOutAgain);
    }

    @Override
    public void whenChangesHandled(Runnable next, Runnable stay) {
        page.whenChangesHandled(next, stay);
    }
}

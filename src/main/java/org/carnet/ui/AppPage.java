package org.carnet.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One page of the main window, contributed by its feature: the feature's class builds its view model and subscribes
 * it to the kinds of data it shows when the journal is opened, and makes its view when the window asks. The window
 * only arranges the pages (navigation, menus, page switching, building out of sight). Their ids, names and order (and
 * so their Ctrl+1…9 shortcuts) are the window's: {@code MainWindow.Page}, and the one list in {@code app.JournalPages}.
 */
public interface AppPage {
    /** The navigation's icon. */
    Ikon icon();

    /**
     * Reads the page's data from the journal just opened; {@code failed} says why it could not. The stage returned
     * completes (on the FX thread) once that first data is in the page's model, so shown by its view, or once the
     * load has failed and {@code failed} has been told.
     */
    CompletionStage<Void> load(Consumer<Throwable> failed);

    /**
     * Makes the page's view in {@code messages}' language. Called once per language and journal: views bind to the
     * long-lived model, so the window keeps the view and shows it again on the next visit.
     */
    Node create(Messages messages);

    /** Puts the keyboard where the work starts once {@code view} (the last one made) is on screen. */
    default void focus(Node view) {
    }

    /** True when a theme change must make the view again: a chart drawn with the theme's palette, out of CSS's reach. */
    default boolean remadeOnRestyle() {
        return false;
    }

    /**
     * The view was just made (the app builds the pages out of sight before their first visit). A page whose view
     * lays itself out anew once its data comes (a chart) runs {@code layOutAgain} when it first comes after this
     * call, so that the visit finds that done too.
     */
    default void prebuilt(Runnable layOutAgain) {
    }

    /** Runs {@code next} once the page's unsaved changes are saved or discarded (asking); {@code stay} if kept. */
    default void whenChangesHandled(Runnable next, Runnable stay) {
        next.run();
    }

    /**
     * The stage {@link #load} returns for a model's load {@code start}ed with what to run once its data is in and
     * what to tell if it could not be read ({@code failed}, then the stage completes too).
     */
    static CompletionStage<Void> loading(Consumer<Throwable> failed,
                                         BiConsumer<Runnable, Consumer<Throwable>> start) {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        start.accept(() -> shown.complete(null), error -> {
            failed.accept(error);
            shown.complete(null);
        });
        return shown;
    }

    /**
     * The stage {@link #load} returns for a model whose {@code busy} flag is true while it reads (it has just been
     * asked to): it completes once the flag is false again, the data in or the load failed.
     */
    static CompletionStage<Void> untilIdle(ObservableValue<Boolean> busy) {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        if (!busy.getValue()) {
            shown.complete(null);
            return shown;
        }
        once(busy, now -> !now, () -> shown.complete(null));
        return shown;
    }

    /**
     * Runs {@code action} once, at the first change of {@code property} to a value that passes {@code test}; the
     * listener is then removed.
     */
    static <T> void once(ObservableValue<T> property, Predicate<? super T> test, Runnable action) {
        property.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T was, T now) {
                if (test.test(now)) {
                    o.removeListener(this);
                    action.run();
                }
            }
        });
    }
}

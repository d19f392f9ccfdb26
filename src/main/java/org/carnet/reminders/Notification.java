package org.carnet.reminders;

/**
 * What a desktop notification shows: a title, a line of text (empty for a locked journal) and the words of its
 * default action, the one a click on it invokes (empty: clicking it does nothing of Carnet's).
 */
public record Notification(String summary, String body, String action) {
    public Notification {
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        action = action == null ? "" : action;
    }

    public Notification(String summary, String body) {
        this(summary, body, "");
    }
}

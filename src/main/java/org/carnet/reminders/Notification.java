package org.carnet.reminders;

/** What a desktop notification shows: a title and a line of text (empty for a locked journal). */
public record Notification(String summary, String body) {
    public Notification {
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }
}

package org.carnet.journal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.carnet.journal.Episode;
import org.carnet.journal.RedFlag;
import org.carnet.ui.Messages;

/** One line describing an episode, for lists. */
final class EpisodeText {
    private EpisodeText() {
    }

    static String describe(Episode episode, Messages messages) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.time(episode.occurredAt()) + "  " + messages.of("episode.kind", episode.kind()));
        if (episode.durationMinutes() != null) {
            parts.add(messages.get("episode.line.duration", episode.durationMinutes()));
        }
        if (episode.severity() != null) {
            parts.add(messages.get("episode.line.severity", episode.severity()));
        }
        if (episode.rhythm() != null) {
            parts.add(messages.of("episode.rhythm", episode.rhythm()));
        }
        if (episode.trigger() != null) {
            parts.add(messages.get("episode.line.trigger", messages.of("episode.trigger", episode.trigger())));
        }
        if (!episode.redFlags().isEmpty()) {
            parts.add(redFlags(episode.redFlags(), messages));
        }
        return String.join(" · ", parts);
    }

    static String redFlags(java.util.Collection<RedFlag> flags, Messages messages) {
        return flags.stream().sorted().map(f -> messages.of("redFlag", f)).collect(Collectors.joining(", "));
    }
}

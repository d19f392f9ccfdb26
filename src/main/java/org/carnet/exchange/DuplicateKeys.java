package org.carnet.exchange;

import com.google.gson.Gson;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Gson takes a key given twice in one object silently (the last one wins, or a first array is dropped): a backup
 * with {@code "fatigue": 11, "fatigue": 0} would import. This walk over the whole text refuses any duplicate key,
 * naming it and its place, before anything is read into records.
 */
final class DuplicateKeys {
    private DuplicateKeys() {
    }

    /** @throws StrictAdapters.ProblemException {@code duplicateKey} with the key, at the place of its second use */
    static void refuse(Gson gson, Reader in, int nestingLimit) throws IOException {
        JsonReader reader = gson.newJsonReader(in);
        reader.setNestingLimit(nestingLimit);
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            return; // the reading proper says what is wrong
        }
        Deque<Set<String>> objects = new ArrayDeque<>();
        while (true) {
            JsonToken token = reader.peek();
            switch (token) {
                case BEGIN_OBJECT -> {
                    reader.beginObject();
                    objects.push(new HashSet<>());
                }
                case END_OBJECT -> {
                    reader.endObject();
                    objects.pop();
                    if (objects.isEmpty()) {
                        return; // what may follow the backup is the reading proper's business
                    }
                }
                case BEGIN_ARRAY -> reader.beginArray();
                case END_ARRAY -> reader.endArray();
                case NAME -> {
                    String name = reader.nextName();
                    if (!objects.peek().add(name)) {
                        throw new StrictAdapters.ProblemException(StrictAdapters.moved(
                                StrictAdapters.located(reader, "x"), "duplicateKey", name));
                    }
                }
                default -> reader.skipValue();
            }
        }
    }
}

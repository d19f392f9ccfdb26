package org.carnet.guidance;

import java.time.LocalDate;

/** The documents the app's guidance comes from (see seeds/README.md). */
public enum SourceDocument {
    MG("Topvitamine", "Les bienfaits principaux du magnésium pour votre santé", LocalDate.of(2025, 12, 25)),
    DMG("Topvitamine", "Quelle est la relation entre la vitamine D et le magnésium ?", LocalDate.of(2025, 10, 16)),
    K2("CureCurious", "Le paradoxe du calcium : le rôle essentiel de la vitamine K2 (MK-7)", LocalDate.of(2026, 1, 28)),
    EFSA("EFSA / EU Scientific Committee on Food", "Tolerable upper intake levels for vitamins and minerals", null);

    private final String publisher;
    private final String title;
    private final LocalDate published;

    SourceDocument(String publisher, String title, LocalDate published) {
        this.publisher = publisher;
        this.title = title;
        this.published = published;
    }

    public String publisher() {
        return publisher;
    }

    public String title() {
        return title;
    }

    /** Null for public reference values with no single publication date. */
    public LocalDate published() {
        return published;
    }
}

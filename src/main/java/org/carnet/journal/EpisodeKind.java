package org.carnet.journal;

public enum EpisodeKind {
    CRAMP,
    PALPITATION
}

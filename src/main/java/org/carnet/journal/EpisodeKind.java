package org.carnet.journal;

/** What an episode is. SPASM is a major spasm or tetany, one of the signs the source sends to a professional. */
public enum EpisodeKind {
    CRAMP,
    PALPITATION,
    SPASM
}

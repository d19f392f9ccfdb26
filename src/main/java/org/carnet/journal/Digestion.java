package org.carnet.journal;

public enum Digestion {
    NORMAL,
    DIARRHOEA,
    CONSTIPATION
}

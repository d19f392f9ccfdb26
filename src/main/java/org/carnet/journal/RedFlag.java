package org.carnet.journal;

/** Symptoms that call for prompt medical advice (guidance fact SEE_PRO_RED_FLAGS). */
public enum RedFlag {
    CHEST_PAIN,
    FAINTING,
    BREATHLESSNESS
}

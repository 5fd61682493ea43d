package org.minzheng.eldercare.elder;

/** 居住情况: alone (独居), empty nest (空巢, only the old couple), with family, or otherwise. */
enum LivingSituation {
    ALONE,
    EMPTY_NEST,
    WITH_FAMILY,
    OTHER;

    public String messageKey() {
        return "eldercare.elder.living." + name();
    }
}

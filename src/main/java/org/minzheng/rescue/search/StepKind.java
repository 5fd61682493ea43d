package org.minzheng.rescue.search;

/** 寻亲步骤: the police comparisons, the national notice, appeals in the media and live streams, a hukou check. */
enum StepKind {
    FINGERPRINT,
    FACE,
    DNA,
    NATIONAL_NOTICE,
    MEDIA,
    LIVE_STREAM,
    HUKOU_CHECK,
    OTHER;

    public String messageKey() {
        return "rescue.search.step.kind." + name();
    }
}

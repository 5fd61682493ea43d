package org.minzheng.eldercare.assessment;

/** Why a final level differs from the one the total gives (GB/T 42195-2022, rules after scoring). */
enum Adjustment {
    /** 昏迷: rated 完全失能 whatever the total. */
    COMA,
    /** 确诊痴呆 (ICD-10 F00–F03): one level worse. */
    DEMENTIA,
    /** 精神科专科医生诊断的其他精神和行为障碍 (F04–F99): one level worse. */
    PSYCHIATRIC,
    /** 近30天内发生过2次及以上照护风险事件: one level worse. */
    RISK_EVENTS;

    public String messageKey() {
        return "eldercare.assessment.adjustment." + name();
    }
}

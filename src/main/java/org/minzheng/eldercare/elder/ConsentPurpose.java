package org.minzheng.eldercare.elder;

/** What an older person agreed to (PIPL: a separate consent for each purpose of sensitive data). */
enum ConsentPurpose {
    /** 同意开展能力评估并保存评估结果. */
    ASSESSMENT,
    /** 同意向签约服务机构提供必要的个人信息. */
    PROVIDER_SHARING;

    public String messageKey() {
        return "eldercare.elder.consent." + name();
    }
}

package org.minzheng.childwelfare.plan;

record TherapyChoice(String code, String nameZh, String nameEn) {}

package org.minzheng.eldercare.elder;

import jakarta.validation.constraints.NotNull;

/** A new living situation, e.g. when the last child moves away and the elder becomes empty-nest. */
record LivingForm(@NotNull LivingSituation livingSituation) {}

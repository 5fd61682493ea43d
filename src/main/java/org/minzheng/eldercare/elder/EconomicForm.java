package org.minzheng.eldercare.elder;

import jakarta.validation.constraints.NotNull;

/** A new economic category; only for a profile the registry does not rule. */
record EconomicForm(@NotNull EconomicCategory economicCategory) {}

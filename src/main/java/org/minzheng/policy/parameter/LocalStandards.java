package org.minzheng.policy.parameter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;

/** The local standards in force for a region on a day, as rule facts ({@code local.<name>} → value). */
@Service
public class LocalStandards {

    private final ParameterRepository parameters;

    LocalStandards(ParameterRepository parameters) {
        this.parameters = parameters;
    }

    /** A standard nobody has recorded for the region is absent, so rules that need it cannot tell. */
    public Map<String, Object> factsFor(RegionCode region, LocalDate day) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (ParameterValue value : parameters.applying(region, day)) {
            facts.put(value.parameter().path(), value.ruleValue());
        }
        return facts;
    }

    /** The rows behind {@link #factsFor}, for showing which recorded value applies. */
    public List<ParameterValue> applying(RegionCode region, LocalDate day) {
        return parameters.applying(region, day);
    }
}

package org.minzheng.policy.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.policy.AssistanceStandards;
import org.minzheng.policy.StandardsInForce;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;

/** The local standards in force for a region on a day, as rule facts ({@code local.<name>} → value). */
@Service
public class LocalStandards implements AssistanceStandards {

    private final ParameterRepository parameters;
    private final Regions regions;

    LocalStandards(ParameterRepository parameters, Regions regions) {
        this.parameters = parameters;
        this.regions = regions;
    }

    /** The regions within {@code scope} a standard can be set for: the city, counties and townships; villages follow their township. */
    public List<RegionSummary> places(DataScope scope) {
        return regions.within(scope).stream()
                .filter(region -> region.level() != RegionLevel.VILLAGE)
                .toList();
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

    @Override
    public StandardsInForce inForce(RegionCode village, LocalDate day) {
        Map<Parameter, ParameterValue> values = new LinkedHashMap<>();
        for (ParameterValue value : parameters.applying(village, day)) {
            values.put(value.parameter(), value);
        }
        return new StandardsInForce(
                fen(values, Parameter.DIBAO_URBAN),
                fen(values, Parameter.DIBAO_RURAL),
                fen(values, Parameter.ASSET_LIMIT),
                fen(values, Parameter.DISPOSABLE_INCOME),
                decimal(values, Parameter.TEKUN_MULTIPLE),
                decimal(values, Parameter.TEMPORARY_CEILING),
                fen(values, Parameter.ADVANCE_LIMIT));
    }

    private static Optional<Long> fen(Map<Parameter, ParameterValue> values, Parameter parameter) {
        return Optional.ofNullable(values.get(parameter)).map(ParameterValue::valueFen);
    }

    private static Optional<BigDecimal> decimal(Map<Parameter, ParameterValue> values, Parameter parameter) {
        return Optional.ofNullable(values.get(parameter)).map(ParameterValue::valueDecimal);
    }
}

package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.BoardJson.PlanJson;
import dev.productops.jira.application.dependency.DependencyPlanning;
import dev.productops.jira.application.dependency.PlanChange;
import dev.productops.jira.domain.CalendarDate;
import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.insight.InvalidInput;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The planning attributes of one dependency (a Jira link the caller can see both ends of). */
@Path("dependencies")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class DependencyResource {
    private final DependencyPlanning planning;

    @Inject
    public DependencyResource(DependencyPlanning planning) {
        this.planning = planning;
    }

    @GET
    @Path("{linkId}")
    public PlanJson get(@PathParam("linkId") String linkId) {
        return PlanJson.of(planning.get(Parameters.id(linkId)));
    }

    /** Who changed needed-by, owner, agreement or note, when, from what to what; newest first. */
    @GET
    @Path("{linkId}/history")
    public List<ChangeJson> history(@PathParam("linkId") String linkId) {
        return planning.history(Parameters.id(linkId)).stream().map(ChangeJson::of).toList();
    }

    record ChangeJson(String field, String from, String to, String author, String at) {
        static ChangeJson of(DependencyPlanning.Change change) {
            return new ChangeJson(change.field(), change.from(), change.to(), change.author(), change.at().toString());
        }
    }

    @PUT
    @Path("{linkId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanJson set(@PathParam("linkId") String linkId, byte[] body) {
        long id = Parameters.id(linkId);
        PlanJson input = JsonBodies.read(body, PlanJson.class);
        return PlanJson.of(planning.set(id, change(input)));
    }

    /** Every wrong field is named in one answer, the owner too, so a form can mark them all at once. */
    private PlanChange change(PlanJson input) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LocalDate> neededBy = Optional.empty();
        if (present(input.neededBy())) {
            try {
                neededBy = Optional.of(CalendarDate.parse(input.neededBy()).value());
            } catch (IllegalArgumentException e) {
                errors.put("neededBy", e.getMessage());
            }
        }
        Optional<AgreementState> state = Optional.empty();
        if (present(input.state())) {
            state = AgreementState.ofId(input.state().strip());
            if (state.isEmpty()) {
                errors.put("state", "Must be one of " + Arrays.stream(AgreementState.values()).map(AgreementState::id).toList() + ".");
            }
        }
        Optional<String> owner = Optional.ofNullable(input.owner());
        PlanChange change = null;
        try {
            change = new PlanChange(neededBy, owner, state, Optional.ofNullable(input.note()));
        } catch (InvalidInput invalid) {
            errors.putAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            owner.filter(DependencyResource::present).filter(o -> !planning.isUser(o))
                    .ifPresent(o -> errors.put("owner", DependencyPlanning.noSuchUser(o)));
            throw new InvalidInput(errors);
        }
        return change;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.BoardJson.PlanJson;
import dev.productops.jira.application.dependency.DependencyPlanning;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

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

    @PUT
    @Path("{linkId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanJson set(@PathParam("linkId") String linkId, byte[] body) {
        long id = Parameters.id(linkId);
        PlanJson input = JsonBodies.read(body, PlanJson.class);
        return PlanJson.of(planning.set(id, input.neededBy(), input.owner(), input.state(), input.note()));
    }
}

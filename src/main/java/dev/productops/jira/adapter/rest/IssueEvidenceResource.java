package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.web.EvidencePanel;
import dev.productops.jira.application.insight.EvidenceQuery;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The customer evidence behind an issue, as the caller may see it. */
@Path("issues")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class IssueEvidenceResource {
    /** Jira's own wording, so a hidden issue is indistinguishable from a missing one. */
    static final String ISSUE_NOT_FOUND = "Issue does not exist or you do not have permission to see it.";

    private final EvidenceQuery evidence;
    private final EvidencePanel panel;

    @Inject
    public IssueEvidenceResource(EvidenceQuery evidence, EvidencePanel panel) {
        this.evidence = evidence;
        this.panel = panel;
    }

    @GET
    @Path("{issueKey}/evidence")
    public Response evidence(@PathParam("issueKey") String issueKey) {
        return evidence.evidenceFor(issueKey)
                .map(found -> Response.ok(EvidenceJson.of(found)).build())
                .orElseGet(() -> ErrorCollection.response(Response.Status.NOT_FOUND, ISSUE_NOT_FOUND));
    }

    /** The issue view's evidence panel, re-rendered by the panel's script after a change: one template, no copy in JS. */
    @GET
    @Path("{issueKey}/evidence-panel")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response evidencePanel(@PathParam("issueKey") String issueKey) {
        return panel.render(issueKey)
                .map(html -> Response.ok(html).build())
                .orElseGet(() -> ErrorCollection.response(Response.Status.NOT_FOUND, ISSUE_NOT_FOUND));
    }
}

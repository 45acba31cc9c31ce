package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.productops.jira.adapter.rest.InsightJson.GroupJson;
import dev.productops.jira.application.insight.ProductOpsSettings;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** Administrators choose the Jira group that curates insights and customers. */
@Path("config")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final ProductOpsSettings settings;

    public SettingsResource(ProductOpsSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("product-ops-group")
    public GroupJson productOpsGroup() {
        return new GroupJson(settings.productOpsGroup());
    }

    @PUT
    @Path("product-ops-group")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupJson changeProductOpsGroup(String body) {
        return new GroupJson(settings.changeProductOpsGroup(JsonBodies.read(body, GroupJson.class).group()));
    }
}

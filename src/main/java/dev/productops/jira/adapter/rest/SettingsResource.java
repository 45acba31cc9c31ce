package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.productops.jira.adapter.rest.BoardJson.LinkRuleJson;
import dev.productops.jira.adapter.rest.BoardJson.LinkTypesJson;
import dev.productops.jira.adapter.rest.InsightJson.GroupJson;
import dev.productops.jira.application.dependency.LinkTypeChange;
import dev.productops.jira.application.dependency.LinkTypeSettings;
import dev.productops.jira.application.insight.GroupName;
import dev.productops.jira.application.insight.ProductOpsSettings;
import dev.productops.jira.domain.insight.InvalidInput;

import java.util.List;
import java.util.Locale;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** Administrators choose the Jira group that curates insights, and which link types are dependencies. */
@Path("config")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final ProductOpsSettings settings;
    private final LinkTypeSettings linkTypes;

    @Inject
    public SettingsResource(ProductOpsSettings settings, LinkTypeSettings linkTypes) {
        this.settings = settings;
        this.linkTypes = linkTypes;
    }

    @GET
    @Path("link-types")
    public LinkTypesJson dependencyLinkTypes() {
        return LinkTypesJson.of(linkTypes.current());
    }

    @PUT
    @Path("link-types")
    @Consumes(MediaType.APPLICATION_JSON)
    public LinkTypesJson changeDependencyLinkTypes(byte[] body) {
        LinkTypesJson input = JsonBodies.read(body, LinkTypesJson.class);
        List<LinkRuleJson> rules = input.dependencyLinkTypes() == null ? List.of() : input.dependencyLinkTypes();
        return LinkTypesJson.of(linkTypes.change(new LinkTypeChange(rules.stream().map(SettingsResource::rule).toList())));
    }

    @GET
    @Path("product-ops-group")
    public GroupJson productOpsGroup() {
        return new GroupJson(settings.productOpsGroup());
    }

    @PUT
    @Path("product-ops-group")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupJson changeProductOpsGroup(byte[] body) {
        return new GroupJson(settings.changeProductOpsGroup(new GroupName(JsonBodies.read(body, GroupJson.class).group())).value());
    }

    /** A rule without a blocker side reads as Jira's Blocks does: the source blocks. */
    private static LinkTypeChange.Rule rule(LinkRuleJson json) {
        String side = json.blocker() == null ? LinkTypeChange.Blocker.SOURCE.id() : json.blocker().strip().toLowerCase(Locale.ROOT);
        return new LinkTypeChange.Rule(json.name(), LinkTypeChange.Blocker.ofId(side).orElseThrow(() ->
                InvalidInput.of("dependencyLinkTypes", "blocker must be source or destination, not '" + side + "'.")));
    }
}

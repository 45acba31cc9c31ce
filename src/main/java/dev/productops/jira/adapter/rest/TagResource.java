package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.application.insight.TagSuggestions;
import dev.productops.jira.application.insight.TagSuggestions.TagQuery;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** Tags in use, for the tag field's suggestions: GET /tags?query=ren&maxResults=10. */
@Path("tags")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {
    private final TagSuggestions suggestions;

    @Inject
    public TagResource(TagSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    public record TagOut(String tag, int insights) {
    }

    public record TagsOut(List<TagOut> values) {
    }

    @GET
    public TagsOut search(@QueryParam("query") String query, @QueryParam("maxResults") @DefaultValue("10") String maxResults) {
        return new TagsOut(suggestions.suggest(new TagQuery(query, Parameters.positive("maxResults", maxResults))).stream()
                .map(use -> new TagOut(use.tag(), use.insights())).toList());
    }
}

package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.SegmentSettings;
import dev.productops.jira.domain.insight.SegmentList;

import java.util.List;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The customer segments and their evidence-score weights: everyone reads them, administrators change them. */
@Path("settings/segments")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentSettingsResource {
    private final SegmentSettings segments;

    @Inject
    public SegmentSettingsResource(SegmentSettings segments) {
        this.segments = segments;
    }

    public record SegmentJson(String name, double weight) {
    }

    public record SegmentsJson(List<SegmentJson> segments) {
        static SegmentsJson of(SegmentList list) {
            return new SegmentsJson(list.segments().stream().map(s -> new SegmentJson(s.name(), s.weight())).toList());
        }
    }

    /** A weight is a number, whole or not; {@code renamedFrom} names the segment this line was, to rename its customers. */
    public record EntryJson(String name, Number weight, String renamedFrom) {
    }

    public record InputJson(List<EntryJson> segments) {
    }

    @GET
    public SegmentsJson current() {
        return SegmentsJson.of(segments.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SegmentsJson change(byte[] body) {
        InputJson input = JsonBodies.read(body, InputJson.class);
        List<SegmentList.Entry> entries = input.segments() == null ? null : input.segments().stream()
                .map(e -> e == null ? null : new SegmentList.Entry(e.name(), e.weight(), e.renamedFrom())).toList();
        return SegmentsJson.of(segments.change(entries));
    }
}

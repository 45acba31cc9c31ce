package dev.productops.standin.ao;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class AtlassianNamingTest {
    @Test
    public void prefixesTablesLikeJirasActiveObjectsPlugin() {
        assertEquals("the example in Atlassian's table-name docs", "AO_28BE2D", AtlassianNaming.tablePrefix("com.atlassian.example.ao.myplugin"));
        assertEquals("our tables, as the README promises", "AO_81842C", AtlassianNaming.tablePrefix("dev.productops.jira"));
    }
}

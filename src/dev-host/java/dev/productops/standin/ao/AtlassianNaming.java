package dev.productops.standin.ao;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** Table and column naming exactly as Jira's AO plugin does it, so the stand-in hits the same 30-char limits. */
public final class AtlassianNaming {
    private AtlassianNaming() {
    }

    /** "AO_" + the last six hex digits of MD5(namespace), upper case: the prefix Jira gives our tables. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, md5));
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EntityManagerBuilderWithDatabaseProperties apply(EntityManagerBuilderWithDatabaseProperties builder,
                                                                  String namespace) {
        String prefix = tablePrefix(namespace) + "_";
        return builder
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter());
    }
}

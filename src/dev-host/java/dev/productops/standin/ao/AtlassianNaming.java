package dev.productops.standin.ao;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

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
        NameConverters names = nameConverters(namespace);
        return builder
                .tableNameConverter(names.getTableNameConverter())
                .fieldNameConverter(names.getFieldNameConverter())
                .sequenceNameConverter(names.getSequenceNameConverter())
                .triggerNameConverter(names.getTriggerNameConverter())
                .indexNameConverter(names.getIndexNameConverter())
                .uniqueNameConverter(names.getUniqueNameConverter());
    }

    /** AO's builder defaults with Jira's naming, for an EntityManager over a data source the host supplies. */
    public static EntityManagerConfiguration configuration(String namespace) {
        NameConverters names = nameConverters(namespace);
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        EntityInfoResolverFactory resolvers = new CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return resolvers;
            }
        };
    }

    private static NameConverters nameConverters(String namespace) {
        String prefix = tablePrefix(namespace) + "_";
        return new SimpleNameConverters(new AtlassianTableNameConverter(name -> prefix + name), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
    }
}

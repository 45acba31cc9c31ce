package dev.productops.standin.host;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** SAL services over the stand-in: users, groups and the plugin's i18n bundle. */
public final class StandInSal implements UserManager, I18nResolver, LoginUriProvider, PluginSettingsFactory {
    /** The only group the stand-in knows besides admins: the product-ops group of issue 3's permission rules. */
    public static final String PRODUCT_OPS_GROUP = "product-ops";

    private final HostData data;
    private final Properties messages;
    private final String contextPath;
    private final PluginSettingsStore settings;

    /** @param settingsFile where plugin settings persist on a single node */
    public StandInSal(HostData data, Properties messages, String contextPath, java.nio.file.Path settingsFile) {
        this(data, messages, contextPath, new FilePluginSettings(settingsFile));
    }

    /** @param settings where plugin settings persist (Jira keeps them in its database) */
    public StandInSal(HostData data, Properties messages, String contextPath, PluginSettingsStore settings) {
        this.data = data;
        this.messages = messages;
        this.contextPath = contextPath;
        this.settings = settings;
    }

    /** Loads a {@code <resource type="i18n">} bundle the way Jira does: UTF-8 properties on the plugin classpath. */
    public static Properties loadBundle(ClassLoader loader, String location) {
        Properties properties = new Properties();
        String path = location + ".properties";
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("i18n bundle not found on the classpath: " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public Properties messages() {
        return messages;
    }

    // UserManager

    @Override
    public UserKey getRemoteUserKey() {
        return SignedInUser.current().map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userByKey(userKey).map(StandInSal::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return username == null ? null : data.user(username).map(StandInSal::profile).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return PRODUCT_OPS_GROUP.equals(group) && userByKey(userKey).map(HostUser::admin).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userByKey(userKey).map(HostUser::admin).orElse(false);
    }

    private java.util.Optional<HostUser> userByKey(UserKey key) {
        return key == null ? java.util.Optional.empty() : data.userByKey(key.getStringValue());
    }

    private static UserProfile profile(HostUser user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(user.key());
            }

            @Override
            public String getUsername() {
                return user.username();
            }

            @Override
            public String getFullName() {
                return user.displayName();
            }
        };
    }

    // I18nResolver

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    @Override
    public String getText(String key) {
        return messages.getProperty(key, key);
    }

    // LoginUriProvider

    @Override
    public java.net.URI getLoginUri(java.net.URI returnUri) {
        String destination = returnUri.toString();
        if (destination.startsWith(contextPath)) {
            destination = destination.substring(contextPath.length());
        }
        return java.net.URI.create(contextPath + "/login.jsp?os_destination="
                + java.net.URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }

    // PluginSettingsFactory: String values, kept by the settings store

    @Override
    public PluginSettings createGlobalSettings() {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                return settings.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return settings.put(key, value == null ? null : value.toString());
            }

            @Override
            public Object remove(String key) {
                return settings.put(key, null);
            }
        };
    }
}

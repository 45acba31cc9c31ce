package dev.productops.standin.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's Spring context as Jira would build it from {@code META-INF/spring/*.xml}:
 * {@code osgi:reference} imports resolve to host services by interface, {@code bean}s and module classes
 * are built by constructor autowiring by type (default-autowire="constructor").
 */
public final class PluginComponents {
    static final String OSGI_NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String BEANS_NAMESPACE = "http://www.springframework.org/schema/beans";

    /**
     * What one Spring XML file declares: imported host interfaces and bean classes by id, and the static
     * factory methods of beans made by one (factory-method="…"), and the beans exported as OSGi services
     * (bean id → interface).
     */
    public record SpringXml(Map<String, String> references, Map<String, String> beans, Map<String, String> factoryMethods,
                            Map<String, String> services) {
        public static SpringXml read(InputStream xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(xml);
            Map<String, String> references = new LinkedHashMap<>();
            NodeList refs = document.getElementsByTagNameNS(OSGI_NAMESPACE, "reference");
            for (int i = 0; i < refs.getLength(); i++) {
                Element e = (Element) refs.item(i);
                references.put(e.getAttribute("id"), e.getAttribute("interface"));
            }
            Map<String, String> beans = new LinkedHashMap<>();
            Map<String, String> factoryMethods = new LinkedHashMap<>();
            NodeList beanNodes = document.getElementsByTagNameNS(BEANS_NAMESPACE, "bean");
            for (int i = 0; i < beanNodes.getLength(); i++) {
                Element e = (Element) beanNodes.item(i);
                beans.put(e.getAttribute("id"), e.getAttribute("class"));
                if (e.hasAttribute("factory-method")) {
                    factoryMethods.put(e.getAttribute("id"), e.getAttribute("factory-method"));
                }
            }
            Map<String, String> services = new LinkedHashMap<>();
            NodeList serviceNodes = document.getElementsByTagNameNS(OSGI_NAMESPACE, "service");
            for (int i = 0; i < serviceNodes.getLength(); i++) {
                Element e = (Element) serviceNodes.item(i);
                services.put(e.getAttribute("ref"), e.getAttribute("interface"));
            }
            return new SpringXml(references, beans, factoryMethods, services);
        }
    }

    private final ClassLoader pluginClassLoader;
    private final Map<Class<?>, Object> hostServices;
    private final List<Object> instances = new ArrayList<>();
    private final Map<String, Object> beansById = new LinkedHashMap<>();
    private final Map<String, String> exported = new LinkedHashMap<>();

    /**
     * @param hostServices what the host exports to plugins, by interface; only those the XML imports are
     *                     visible to the plugin, as in OSGi.
     */
    public PluginComponents(ClassLoader pluginClassLoader, Map<Class<?>, Object> hostServices, List<SpringXml> contexts) {
        this.pluginClassLoader = pluginClassLoader;
        this.hostServices = hostServices;
        Map<String, String> beanClasses = new LinkedHashMap<>();
        Map<String, String> factoryMethods = new LinkedHashMap<>();
        for (SpringXml context : contexts) {
            context.references().forEach((id, iface) -> {
                Class<?> type = load(iface);
                Object service = hostServices.get(type);
                if (service == null) {
                    throw new IllegalStateException("The plugin imports " + iface + " (" + id + "), which this host does not provide");
                }
                beansById.put(id, service);
                instances.add(service);
            });
            beanClasses.putAll(context.beans());
            exported.putAll(context.services());
            factoryMethods.putAll(context.factoryMethods());
        }
        Deque<String> pending = new ArrayDeque<>(beanClasses.keySet());
        int stalled = 0;
        while (!pending.isEmpty()) {
            String id = pending.removeFirst();
            Object bean = factoryMethods.containsKey(id)
                    ? fromFactory(load(beanClasses.get(id)), factoryMethods.get(id))
                    : tryCreate(load(beanClasses.get(id)));
            if (bean == null) {
                pending.addLast(id);
                if (++stalled > pending.size()) {
                    throw new IllegalStateException("Unsatisfiable constructor dependencies for beans " + pending);
                }
            } else {
                beansById.put(id, bean);
                instances.add(bean);
                stalled = 0;
            }
        }
    }

    /** The beans the plugin exports to the host under this interface (osgi:service), e.g. LifecycleAware. */
    public <T> List<T> exportedAs(Class<T> type) {
        List<T> services = new ArrayList<>();
        exported.forEach((id, iface) -> {
            if (iface.equals(type.getName())) {
                services.add(type.cast(beansById.get(id)));
            }
        });
        return services;
    }

    public Map<String, Object> beans() {
        return beansById;
    }

    /** Builds a module class (servlet, context provider, REST resource…) from the context's beans. */
    public <T> T create(String className, Class<T> expected) {
        Class<?> type = load(className);
        Object created = tryCreate(type);
        if (created == null) {
            throw new IllegalStateException("Cannot build " + className + ": a constructor argument has no bean");
        }
        return expected.cast(created);
    }

    public Object create(Class<?> type) {
        return create(type.getName(), Object.class);
    }

    private static Object fromFactory(Class<?> type, String method) {
        try {
            return type.getMethod(method).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + type.getName() + "." + method + "()", e);
        }
    }

    private Object tryCreate(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        Arrays.sort(constructors, Comparator.comparingInt(Constructor<?>::getParameterCount).reversed());
        for (Constructor<?> constructor : constructors) {
            Object[] arguments = new Object[constructor.getParameterCount()];
            boolean satisfied = true;
            Class<?>[] parameterTypes = constructor.getParameterTypes();
            for (int i = 0; i < parameterTypes.length && satisfied; i++) {
                arguments[i] = single(parameterTypes[i], type);
                satisfied = arguments[i] != null;
            }
            if (satisfied) {
                try {
                    return constructor.newInstance(arguments);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("Constructor of " + type.getName() + " failed", e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private Object single(Class<?> parameterType, Class<?> requester) {
        List<Object> candidates = instances.stream().filter(parameterType::isInstance).distinct().toList();
        if (candidates.size() > 1) {
            throw new IllegalStateException("Ambiguous constructor argument " + parameterType.getName()
                    + " for " + requester.getName() + ": " + candidates.size() + " beans match");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, true, pluginClassLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Class named by the plugin not found: " + className, e);
        }
    }
}

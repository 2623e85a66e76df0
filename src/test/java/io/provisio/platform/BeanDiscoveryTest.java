package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.decorator.Decorator;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Model;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The WAR's beans.xml discovers beans in {@code annotated} mode: only classes with a bean-defining
 * annotation become CDI beans, which spares Weld the other two hundred classes at every start
 * (about 1 s of 19 s here; docs/architecture.md). A class that asks for injection or observes an
 * event without such an annotation would silently get nothing, so every one must carry one, unless
 * the servlet container itself injects it (servlets, filters, listeners).
 */
class BeanDiscoveryTest {

    private static final List<Class<? extends Annotation>> BEAN_DEFINING = List.of(ApplicationScoped.class,
            RequestScoped.class, SessionScoped.class, ConversationScoped.class, Dependent.class, ViewScoped.class,
            Model.class, Stateless.class, Stateful.class, Singleton.class, Interceptor.class, Decorator.class);

    @Test
    void beansXmlDiscoversAnnotatedClassesOnly() throws IOException {
        String beansXml = Files.readString(Path.of("src/main/webapp/WEB-INF/beans.xml"));
        assertTrue(beansXml.contains("bean-discovery-mode=\"annotated\""), beansXml);
    }

    @Test
    void everyClassThatIsInjectedIntoOrObservesIsABeanOrAServletComponent() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : mainClasses()) {
            if (!wantsInjection(type)) {
                continue;
            }
            checked++;
            boolean beanDefining = BEAN_DEFINING.stream().anyMatch(type::isAnnotationPresent);
            boolean servletComponent = Servlet.class.isAssignableFrom(type) || Filter.class.isAssignableFrom(type)
                    || type.isAnnotationPresent(WebListener.class);
            if (!beanDefining && !servletComponent) {
                missing.add(type.getName());
            }
        }
        assertTrue(checked > 30, "found only " + checked + " classes that ask for injection: is the scan wrong?");
        assertEquals(List.of(), missing, "classes that would get no injection under bean-discovery-mode=annotated");
    }

    private static boolean wantsInjection(Class<?> type) {
        Stream<AccessibleObject> members = Stream.of(type.getDeclaredFields(), type.getDeclaredConstructors(),
                type.getDeclaredMethods()).flatMap(Stream::of);
        return members.anyMatch(m -> m.isAnnotationPresent(Inject.class) || m.isAnnotationPresent(ConfigProperty.class)
                || (m instanceof Executable e && observes(e)));
    }

    private static boolean observes(Executable method) {
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(Observes.class) || p.isAnnotationPresent(ObservesAsync.class)) {
                return true;
            }
        }
        return false;
    }

    /** Every class compiled from src/main/java under io.provisio. */
    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ScimApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/provisio"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, BeanDiscoveryTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}

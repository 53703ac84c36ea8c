package uk.co.welzo.klachten.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A Spring Boot executable jar started in this JVM in a class loader of its own, which sees the jar's
 * classes and libraries and the JDK, nothing else: what {@code java -jar} would run, without the
 * test's classpath and without sharing Spring's, Axon's or Micrometer's statics with the other
 * applications in the JVM. Configured by command-line arguments only, because system properties
 * would be seen by every application in the JVM.
 */
final class IsolatedApplication implements AutoCloseable {

    private static final String BOOT_INF = "BOOT-INF/";

    private final String name;
    private final URLClassLoader loader;
    private final AutoCloseable context;
    private final URI base;

    private IsolatedApplication(String name, URLClassLoader loader, Object context) throws ReflectiveOperationException {
        this.name = name;
        this.loader = loader;
        this.context = (AutoCloseable) context;
        this.base = URI.create("http://127.0.0.1:" + property(context, "local.server.port"));
    }

    /** Unpacks the jar under workDir/name and runs its Start-Class as {@code SpringApplicationBuilder(startClass).run(arguments)}. */
    static IsolatedApplication start(String name, Path executableJar, Path workDir, String... arguments) {
        Path unpacked = workDir.resolve(name);
        String startClass = unpack(executableJar, unpacked);
        URLClassLoader loader = new URLClassLoader(name, classpath(unpacked), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // threads the application starts inherit this, as they would from a launcher's main thread
        thread.setContextClassLoader(loader);
        try {
            withoutJvmWideUrlHandlers(loader);
            Class<?> builderType = loader.loadClass("org.springframework.boot.builder.SpringApplicationBuilder");
            Object builder = builderType.getConstructor(Class[].class)
                    .newInstance((Object) new Class<?>[] {loader.loadClass(startClass)});
            Object context = builderType.getMethod("run", String[].class).invoke(builder, (Object) arguments);
            return new IsolatedApplication(name, loader, context);
        } catch (InvocationTargetException failed) {
            closeQuietly(loader);
            throw new IllegalStateException(name + " did not start", failed.getCause());
        } catch (ReflectiveOperationException notABootJar) {
            closeQuietly(loader);
            throw new IllegalStateException(executableJar + " is not a Spring Boot executable jar", notABootJar);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    URI base() {
        return base;
    }

    @Override
    public void close() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            context.close();
        } finally {
            thread.setContextClassLoader(previous);
            loader.close();
        }
    }

    @Override
    public String toString() {
        return name + " at " + base;
    }

    private String property(Object context, String key) throws ReflectiveOperationException {
        Object environment = loader.loadClass("org.springframework.context.ConfigurableApplicationContext")
                .getMethod("getEnvironment").invoke(context);
        return (String) loader.loadClass("org.springframework.core.env.PropertyResolver")
                .getMethod("getProperty", String.class).invoke(environment, key);
    }

    /**
     * Embedded Tomcat installs a URL stream handler factory for the whole JVM, which only the first
     * application could do: the second would fail to start. It serves resource jars inside packed WARs,
     * which these applications do not have, so none of them is allowed to install it.
     */
    private static void withoutJvmWideUrlHandlers(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> factory;
        try {
            factory = loader.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory");
        } catch (ClassNotFoundException notTomcat) {
            return;
        }
        factory.getMethod("disable").invoke(null);
    }

    /** Writes BOOT-INF (classes, libraries, classpath index) to the directory and answers the jar's Start-Class. */
    private static String unpack(Path executableJar, Path directory) {
        try (JarFile jar = new JarFile(executableJar.toFile())) {
            String startClass = jar.getManifest().getMainAttributes().getValue("Start-Class");
            if (startClass == null) {
                throw new IllegalArgumentException(executableJar + " names no Start-Class: not a Spring Boot executable jar");
            }
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(BOOT_INF) || entry.isDirectory()) {
                    continue;
                }
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IllegalArgumentException(entry.getName() + " would be written outside " + directory);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return startClass;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + executableJar, e);
        }
    }

    /** The application's classes first, then its libraries in the order the build recorded (BOOT-INF/classpath.idx). */
    private static URL[] classpath(Path unpacked) {
        try {
            List<URL> urls = new ArrayList<>();
            urls.add(unpacked.resolve(BOOT_INF + "classes/").toUri().toURL());
            for (String line : Files.readAllLines(unpacked.resolve(BOOT_INF + "classpath.idx"), StandardCharsets.UTF_8)) {
                String library = line.strip();
                if (library.startsWith("- \"") && library.endsWith("\"")) {
                    urls.add(url(unpacked.resolve(library.substring(3, library.length() - 1))));
                }
            }
            return urls.toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classpath index under " + unpacked, e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // the start-up failure is the news
        }
    }
}

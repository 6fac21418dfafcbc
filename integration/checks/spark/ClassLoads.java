// Loads a class the way S3A does, from the classpath the driver runs with, and checks it is a credentials provider
// of the SDK generation that the line's hadoop-aws expects. With --resolve it also asks the provider for credentials
// once, to record where it goes for them (the STS endpoint the SDK picks). Run as `java -cp <jars> ClassLoads.java`.
public class ClassLoads {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        String expectedInterface = args[1];
        Class<?> provider = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        Class<?> iface = Class.forName(expectedInterface);
        if (!iface.isAssignableFrom(provider)) {
            System.out.println("NOT_A_PROVIDER " + name + " does not implement " + expectedInterface);
            System.exit(3);
        }
        System.out.println("LOADED " + name + " from " + provider.getProtectionDomain().getCodeSource().getLocation());
        if (args.length > 2 && args[2].equals("--resolve")) {
            Object instance;
            try {
                instance = provider.getMethod("create").invoke(null);
            } catch (NoSuchMethodException e) {
                instance = provider.getConstructor().newInstance();
            }
            String method = iface.getName().startsWith("software.") ? "resolveCredentials" : "getCredentials";
            try {
                Object credentials = provider.getMethod(method).invoke(instance);
                System.out.println("RESOLVED " + credentials.getClass().getName());
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                StringBuilder chain = new StringBuilder();
                for (Throwable t = cause; t != null; t = t.getCause()) chain.append(" <- ").append(t);
                System.out.println("UNRESOLVED" + chain);
            }
        }
    }
}

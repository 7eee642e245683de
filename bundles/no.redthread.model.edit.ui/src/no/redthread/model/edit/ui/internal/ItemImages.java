package no.redthread.model.edit.ui.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the icons EMF.Edit hands out (URLs, {@link ComposedImage}s, or ready JFace/SWT images) into SWT images,
 * created once per icon and disposed together. Keys are strings, not URLs: URL.equals may resolve host names.
 */
public final class ItemImages {

    private final Map<Object, Image> images = new HashMap<>();

    /** The SWT image for an EMF.Edit icon, or null when there is none or it cannot be read. */
    public Image get(Object icon) {
        if (icon == null) {
            return null;
        }
        if (icon instanceof Image image) {
            return image;
        }
        return images.computeIfAbsent(key(icon), k -> create(icon));
    }

    public void dispose() {
        images.values().stream().filter(image -> image != null && !image.isDisposed()).forEach(Image::dispose);
        images.clear();
    }

    /** The JFace descriptor of an EMF.Edit icon, or null for an unknown kind of icon. */
    static ImageDescriptor descriptor(Object icon) {
        if (icon instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (icon instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (icon instanceof ComposedImage composed) {
            List<ImageDescriptor> layers = new ArrayList<>();
            for (Object layer : composed.getImages()) {
                ImageDescriptor descriptor = descriptor(layer);
                if (descriptor != null) {
                    layers.add(descriptor);
                }
            }
            return layers.isEmpty() ? null : new LayeredImageDescriptor(layers);
        }
        return null;
    }

    private static Image create(Object icon) {
        ImageDescriptor descriptor = descriptor(icon);
        return descriptor == null ? null : descriptor.createImage(false);
    }

    private static Object key(Object icon) {
        if (icon instanceof URL url) {
            return url.toExternalForm();
        }
        if (icon instanceof ComposedImage composed) {
            return composed.getImages().stream().map(ItemImages::key).toList();
        }
        return icon;
    }
}

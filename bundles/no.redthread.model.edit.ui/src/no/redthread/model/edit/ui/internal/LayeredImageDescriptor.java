package no.redthread.model.edit.ui.internal;

import java.util.List;

import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/** An EMF.Edit {@code ComposedImage}: its images drawn on top of each other, the first one at the bottom. */
final class LayeredImageDescriptor extends CompositeImageDescriptor {

    private final List<ImageDescriptor> layers;

    LayeredImageDescriptor(List<ImageDescriptor> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    protected void drawCompositeImage(int width, int height) {
        for (ImageDescriptor layer : layers) {
            drawImage(createCachedImageDataProvider(layer), 0, 0);
        }
    }

    @Override
    protected Point getSize() {
        ImageData bottom = layers.get(0).getImageData(100);
        return bottom == null ? new Point(16, 16) : new Point(bottom.width, bottom.height);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayeredImageDescriptor layered && layered.layers.equals(layers);
    }

    @Override
    public int hashCode() {
        return layers.hashCode();
    }
}

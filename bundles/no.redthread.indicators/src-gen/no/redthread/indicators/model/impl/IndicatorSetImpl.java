/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model.impl;

import java.util.Collection;

import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorsPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getDescriptionNb <em>Description Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorSetImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorSetImpl extends IndicatorElementImpl implements IndicatorSet {
	/**
	 * The default value of the '{@link #getNameNb() <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameNb()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameNb() <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameNb()
	 * @generated
	 * @ordered
	 */
	protected String nameNb = NAME_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionNb() <em>Description Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionNb()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionNb() <em>Description Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionNb()
	 * @generated
	 * @ordered
	 */
	protected String descriptionNb = DESCRIPTION_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected String descriptionEn = DESCRIPTION_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUILT_IN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected boolean builtIn = BUILT_IN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndicatorsPackage.Literals.INDICATOR_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameNb() {
		return nameNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameNb(String newNameNb) {
		String oldNameNb = nameNb;
		nameNb = newNameNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__NAME_NB, oldNameNb, nameNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionNb() {
		return descriptionNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionNb(String newDescriptionNb) {
		String oldDescriptionNb = descriptionNb;
		descriptionNb = newDescriptionNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__DESCRIPTION_NB, oldDescriptionNb, descriptionNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionEn() {
		return descriptionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionEn(String newDescriptionEn) {
		String oldDescriptionEn = descriptionEn;
		descriptionEn = newDescriptionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__DESCRIPTION_EN, oldDescriptionEn, descriptionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence() {
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence) {
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__LICENCE, oldLicence, licence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuiltIn() {
		return builtIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltIn(boolean newBuiltIn) {
		boolean oldBuiltIn = builtIn;
		builtIn = newBuiltIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR_SET__BUILT_IN, oldBuiltIn, builtIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, IndicatorsPackage.INDICATOR_SET__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_SET__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_SET__NAME_NB:
				return getNameNb();
			case IndicatorsPackage.INDICATOR_SET__NAME_EN:
				return getNameEn();
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_NB:
				return getDescriptionNb();
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_EN:
				return getDescriptionEn();
			case IndicatorsPackage.INDICATOR_SET__PUBLISHER:
				return getPublisher();
			case IndicatorsPackage.INDICATOR_SET__LICENCE:
				return getLicence();
			case IndicatorsPackage.INDICATOR_SET__BUILT_IN:
				return isBuiltIn();
			case IndicatorsPackage.INDICATOR_SET__INDICATORS:
				return getIndicators();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_SET__NAME_NB:
				setNameNb((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__NAME_EN:
				setNameEn((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_NB:
				setDescriptionNb((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_EN:
				setDescriptionEn((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__LICENCE:
				setLicence((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__BUILT_IN:
				setBuiltIn((Boolean)newValue);
				return;
			case IndicatorsPackage.INDICATOR_SET__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_SET__NAME_NB:
				setNameNb(NAME_NB_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_NB:
				setDescriptionNb(DESCRIPTION_NB_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_EN:
				setDescriptionEn(DESCRIPTION_EN_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__LICENCE:
				setLicence(LICENCE_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__BUILT_IN:
				setBuiltIn(BUILT_IN_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR_SET__INDICATORS:
				getIndicators().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR_SET__NAME_NB:
				return NAME_NB_EDEFAULT == null ? nameNb != null : !NAME_NB_EDEFAULT.equals(nameNb);
			case IndicatorsPackage.INDICATOR_SET__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_NB:
				return DESCRIPTION_NB_EDEFAULT == null ? descriptionNb != null : !DESCRIPTION_NB_EDEFAULT.equals(descriptionNb);
			case IndicatorsPackage.INDICATOR_SET__DESCRIPTION_EN:
				return DESCRIPTION_EN_EDEFAULT == null ? descriptionEn != null : !DESCRIPTION_EN_EDEFAULT.equals(descriptionEn);
			case IndicatorsPackage.INDICATOR_SET__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case IndicatorsPackage.INDICATOR_SET__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
			case IndicatorsPackage.INDICATOR_SET__BUILT_IN:
				return builtIn != BUILT_IN_EDEFAULT;
			case IndicatorsPackage.INDICATOR_SET__INDICATORS:
				return indicators != null && !indicators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (nameNb: ");
		result.append(nameNb);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", descriptionNb: ");
		result.append(descriptionNb);
		result.append(", descriptionEn: ");
		result.append(descriptionEn);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", licence: ");
		result.append(licence);
		result.append(", builtIn: ");
		result.append(builtIn);
		result.append(')');
		return result.toString();
	}

} //IndicatorSetImpl

/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.util.Collection;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;

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
 * An implementation of the model object '<em><b>Sdg</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getShortNameNb <em>Short Name Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getTitleNb <em>Title Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getShortNameEn <em>Short Name En</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SdgImpl extends IdentifiedImpl implements Sdg {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortNameNb() <em>Short Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortNameNb()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortNameNb() <em>Short Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortNameNb()
	 * @generated
	 * @ordered
	 */
	protected String shortNameNb = SHORT_NAME_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleNb() <em>Title Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleNb()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleNb() <em>Title Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleNb()
	 * @generated
	 * @ordered
	 */
	protected String titleNb = TITLE_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortNameEn() <em>Short Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortNameEn() <em>Short Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortNameEn()
	 * @generated
	 * @ordered
	 */
	protected String shortNameEn = SHORT_NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<SdgTarget> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SdgImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.SDG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortNameNb() {
		return shortNameNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortNameNb(String newShortNameNb) {
		String oldShortNameNb = shortNameNb;
		shortNameNb = newShortNameNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG__SHORT_NAME_NB, oldShortNameNb, shortNameNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleNb() {
		return titleNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleNb(String newTitleNb) {
		String oldTitleNb = titleNb;
		titleNb = newTitleNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG__TITLE_NB, oldTitleNb, titleNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortNameEn() {
		return shortNameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortNameEn(String newShortNameEn) {
		String oldShortNameEn = shortNameEn;
		shortNameEn = newShortNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG__SHORT_NAME_EN, oldShortNameEn, shortNameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEn() {
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn) {
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SdgTarget> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<SdgTarget>(SdgTarget.class, this, PlanPackage.SDG__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.SDG__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.SDG__NUMBER:
				return getNumber();
			case PlanPackage.SDG__SHORT_NAME_NB:
				return getShortNameNb();
			case PlanPackage.SDG__TITLE_NB:
				return getTitleNb();
			case PlanPackage.SDG__SHORT_NAME_EN:
				return getShortNameEn();
			case PlanPackage.SDG__TITLE_EN:
				return getTitleEn();
			case PlanPackage.SDG__COLOUR:
				return getColour();
			case PlanPackage.SDG__TARGETS:
				return getTargets();
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
			case PlanPackage.SDG__NUMBER:
				setNumber((Integer)newValue);
				return;
			case PlanPackage.SDG__SHORT_NAME_NB:
				setShortNameNb((String)newValue);
				return;
			case PlanPackage.SDG__TITLE_NB:
				setTitleNb((String)newValue);
				return;
			case PlanPackage.SDG__SHORT_NAME_EN:
				setShortNameEn((String)newValue);
				return;
			case PlanPackage.SDG__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case PlanPackage.SDG__COLOUR:
				setColour((String)newValue);
				return;
			case PlanPackage.SDG__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends SdgTarget>)newValue);
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
			case PlanPackage.SDG__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case PlanPackage.SDG__SHORT_NAME_NB:
				setShortNameNb(SHORT_NAME_NB_EDEFAULT);
				return;
			case PlanPackage.SDG__TITLE_NB:
				setTitleNb(TITLE_NB_EDEFAULT);
				return;
			case PlanPackage.SDG__SHORT_NAME_EN:
				setShortNameEn(SHORT_NAME_EN_EDEFAULT);
				return;
			case PlanPackage.SDG__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case PlanPackage.SDG__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case PlanPackage.SDG__TARGETS:
				getTargets().clear();
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
			case PlanPackage.SDG__NUMBER:
				return number != NUMBER_EDEFAULT;
			case PlanPackage.SDG__SHORT_NAME_NB:
				return SHORT_NAME_NB_EDEFAULT == null ? shortNameNb != null : !SHORT_NAME_NB_EDEFAULT.equals(shortNameNb);
			case PlanPackage.SDG__TITLE_NB:
				return TITLE_NB_EDEFAULT == null ? titleNb != null : !TITLE_NB_EDEFAULT.equals(titleNb);
			case PlanPackage.SDG__SHORT_NAME_EN:
				return SHORT_NAME_EN_EDEFAULT == null ? shortNameEn != null : !SHORT_NAME_EN_EDEFAULT.equals(shortNameEn);
			case PlanPackage.SDG__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case PlanPackage.SDG__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case PlanPackage.SDG__TARGETS:
				return targets != null && !targets.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", shortNameNb: ");
		result.append(shortNameNb);
		result.append(", titleNb: ");
		result.append(titleNb);
		result.append(", shortNameEn: ");
		result.append(shortNameEn);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", colour: ");
		result.append(colour);
		result.append(')');
		return result.toString();
	}

} //SdgImpl

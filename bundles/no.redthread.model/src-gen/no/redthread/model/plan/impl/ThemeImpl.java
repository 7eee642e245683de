/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.util.Collection;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.Rule;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.ThemeImpl#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.ThemeImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.ThemeImpl#getDescriptionNb <em>Description Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.ThemeImpl#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.ThemeImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.ThemeImpl#getSdgTargets <em>Sdg Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThemeImpl extends IdentifiedImpl implements Theme {
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
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<Rule> rules;

	/**
	 * The cached value of the '{@link #getSdgTargets() <em>Sdg Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<SdgTarget> sdgTargets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.THEME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.THEME__NAME_NB, oldNameNb, nameNb));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.THEME__NAME_EN, oldNameEn, nameEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.THEME__DESCRIPTION_NB, oldDescriptionNb, descriptionNb));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.THEME__DESCRIPTION_EN, oldDescriptionEn, descriptionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<Rule>(Rule.class, this, PlanPackage.THEME__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SdgTarget> getSdgTargets() {
		if (sdgTargets == null) {
			sdgTargets = new EObjectResolvingEList<SdgTarget>(SdgTarget.class, this, PlanPackage.THEME__SDG_TARGETS);
		}
		return sdgTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.THEME__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.THEME__NAME_NB:
				return getNameNb();
			case PlanPackage.THEME__NAME_EN:
				return getNameEn();
			case PlanPackage.THEME__DESCRIPTION_NB:
				return getDescriptionNb();
			case PlanPackage.THEME__DESCRIPTION_EN:
				return getDescriptionEn();
			case PlanPackage.THEME__RULES:
				return getRules();
			case PlanPackage.THEME__SDG_TARGETS:
				return getSdgTargets();
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
			case PlanPackage.THEME__NAME_NB:
				setNameNb((String)newValue);
				return;
			case PlanPackage.THEME__NAME_EN:
				setNameEn((String)newValue);
				return;
			case PlanPackage.THEME__DESCRIPTION_NB:
				setDescriptionNb((String)newValue);
				return;
			case PlanPackage.THEME__DESCRIPTION_EN:
				setDescriptionEn((String)newValue);
				return;
			case PlanPackage.THEME__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends Rule>)newValue);
				return;
			case PlanPackage.THEME__SDG_TARGETS:
				getSdgTargets().clear();
				getSdgTargets().addAll((Collection<? extends SdgTarget>)newValue);
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
			case PlanPackage.THEME__NAME_NB:
				setNameNb(NAME_NB_EDEFAULT);
				return;
			case PlanPackage.THEME__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case PlanPackage.THEME__DESCRIPTION_NB:
				setDescriptionNb(DESCRIPTION_NB_EDEFAULT);
				return;
			case PlanPackage.THEME__DESCRIPTION_EN:
				setDescriptionEn(DESCRIPTION_EN_EDEFAULT);
				return;
			case PlanPackage.THEME__RULES:
				getRules().clear();
				return;
			case PlanPackage.THEME__SDG_TARGETS:
				getSdgTargets().clear();
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
			case PlanPackage.THEME__NAME_NB:
				return NAME_NB_EDEFAULT == null ? nameNb != null : !NAME_NB_EDEFAULT.equals(nameNb);
			case PlanPackage.THEME__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case PlanPackage.THEME__DESCRIPTION_NB:
				return DESCRIPTION_NB_EDEFAULT == null ? descriptionNb != null : !DESCRIPTION_NB_EDEFAULT.equals(descriptionNb);
			case PlanPackage.THEME__DESCRIPTION_EN:
				return DESCRIPTION_EN_EDEFAULT == null ? descriptionEn != null : !DESCRIPTION_EN_EDEFAULT.equals(descriptionEn);
			case PlanPackage.THEME__RULES:
				return rules != null && !rules.isEmpty();
			case PlanPackage.THEME__SDG_TARGETS:
				return sdgTargets != null && !sdgTargets.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ThemeImpl

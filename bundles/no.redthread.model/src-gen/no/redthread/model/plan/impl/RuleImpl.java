/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.Rule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.RuleImpl#getTextNb <em>Text Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.RuleImpl#getTextEn <em>Text En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleImpl extends IdentifiedImpl implements Rule {
	/**
	 * The default value of the '{@link #getTextNb() <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextNb()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextNb() <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextNb()
	 * @generated
	 * @ordered
	 */
	protected String textNb = TEXT_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected String textEn = TEXT_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextNb() {
		return textNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextNb(String newTextNb) {
		String oldTextNb = textNb;
		textNb = newTextNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.RULE__TEXT_NB, oldTextNb, textNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextEn() {
		return textEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEn(String newTextEn) {
		String oldTextEn = textEn;
		textEn = newTextEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.RULE__TEXT_EN, oldTextEn, textEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.RULE__TEXT_NB:
				return getTextNb();
			case PlanPackage.RULE__TEXT_EN:
				return getTextEn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlanPackage.RULE__TEXT_NB:
				setTextNb((String)newValue);
				return;
			case PlanPackage.RULE__TEXT_EN:
				setTextEn((String)newValue);
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
			case PlanPackage.RULE__TEXT_NB:
				setTextNb(TEXT_NB_EDEFAULT);
				return;
			case PlanPackage.RULE__TEXT_EN:
				setTextEn(TEXT_EN_EDEFAULT);
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
			case PlanPackage.RULE__TEXT_NB:
				return TEXT_NB_EDEFAULT == null ? textNb != null : !TEXT_NB_EDEFAULT.equals(textNb);
			case PlanPackage.RULE__TEXT_EN:
				return TEXT_EN_EDEFAULT == null ? textEn != null : !TEXT_EN_EDEFAULT.equals(textEn);
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
		result.append(" (textNb: ");
		result.append(textNb);
		result.append(", textEn: ");
		result.append(textEn);
		result.append(')');
		return result.toString();
	}

} //RuleImpl

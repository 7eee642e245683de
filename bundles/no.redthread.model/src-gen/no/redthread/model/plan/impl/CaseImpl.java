/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.time.LocalDate;

import java.util.Collection;

import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.PlanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.CaseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.CaseImpl#getDate <em>Date</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.CaseImpl#getDecisionBody <em>Decision Body</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.CaseImpl#getRefersTo <em>Refers To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends IdentifiedImpl implements Case {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionBody() <em>Decision Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionBody()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionBody() <em>Decision Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionBody()
	 * @generated
	 * @ordered
	 */
	protected String decisionBody = DECISION_BODY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRefersTo() <em>Refers To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefersTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> refersTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CASE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CASE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionBody() {
		return decisionBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionBody(String newDecisionBody) {
		String oldDecisionBody = decisionBody;
		decisionBody = newDecisionBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CASE__DECISION_BODY, oldDecisionBody, decisionBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getRefersTo() {
		if (refersTo == null) {
			refersTo = new EObjectResolvingEList<Goal>(Goal.class, this, PlanPackage.CASE__REFERS_TO);
		}
		return refersTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.CASE__TITLE:
				return getTitle();
			case PlanPackage.CASE__DATE:
				return getDate();
			case PlanPackage.CASE__DECISION_BODY:
				return getDecisionBody();
			case PlanPackage.CASE__REFERS_TO:
				return getRefersTo();
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
			case PlanPackage.CASE__TITLE:
				setTitle((String)newValue);
				return;
			case PlanPackage.CASE__DATE:
				setDate((LocalDate)newValue);
				return;
			case PlanPackage.CASE__DECISION_BODY:
				setDecisionBody((String)newValue);
				return;
			case PlanPackage.CASE__REFERS_TO:
				getRefersTo().clear();
				getRefersTo().addAll((Collection<? extends Goal>)newValue);
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
			case PlanPackage.CASE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlanPackage.CASE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PlanPackage.CASE__DECISION_BODY:
				setDecisionBody(DECISION_BODY_EDEFAULT);
				return;
			case PlanPackage.CASE__REFERS_TO:
				getRefersTo().clear();
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
			case PlanPackage.CASE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlanPackage.CASE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PlanPackage.CASE__DECISION_BODY:
				return DECISION_BODY_EDEFAULT == null ? decisionBody != null : !DECISION_BODY_EDEFAULT.equals(decisionBody);
			case PlanPackage.CASE__REFERS_TO:
				return refersTo != null && !refersTo.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", date: ");
		result.append(date);
		result.append(", decisionBody: ");
		result.append(decisionBody);
		result.append(')');
		return result.toString();
	}

} //CaseImpl

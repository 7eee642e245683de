/**
 * Redthread: generated from model/applications.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.funding.applications.model.impl;

import java.time.LocalDate;

import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.ApplicationsPackage;
import no.redthread.funding.applications.model.FundingApplication;

import no.redthread.model.plan.Measure;

import no.redthread.model.plan.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Funding Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getSchemeId <em>Scheme Id</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getSchemeName <em>Scheme Name</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getAmountApplied <em>Amount Applied</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getAmountGranted <em>Amount Granted</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FundingApplicationImpl extends IdentifiedImpl implements FundingApplication {
	/**
	 * The default value of the '{@link #getSchemeId() <em>Scheme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemeId()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEME_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchemeId() <em>Scheme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemeId()
	 * @generated
	 * @ordered
	 */
	protected String schemeId = SCHEME_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchemeName() <em>Scheme Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemeName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEME_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchemeName() <em>Scheme Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemeName()
	 * @generated
	 * @ordered
	 */
	protected String schemeName = SCHEME_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected Measure measure;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ApplicationStatus STATUS_EDEFAULT = ApplicationStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ApplicationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmountApplied() <em>Amount Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountApplied()
	 * @generated
	 * @ordered
	 */
	protected static final Double AMOUNT_APPLIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmountApplied() <em>Amount Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountApplied()
	 * @generated
	 * @ordered
	 */
	protected Double amountApplied = AMOUNT_APPLIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmountGranted() <em>Amount Granted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountGranted()
	 * @generated
	 * @ordered
	 */
	protected static final Double AMOUNT_GRANTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmountGranted() <em>Amount Granted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountGranted()
	 * @generated
	 * @ordered
	 */
	protected Double amountGranted = AMOUNT_GRANTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decisionDate = DECISION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FundingApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApplicationsPackage.Literals.FUNDING_APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchemeId() {
		return schemeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemeId(String newSchemeId) {
		String oldSchemeId = schemeId;
		schemeId = newSchemeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__SCHEME_ID, oldSchemeId, schemeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchemeName() {
		return schemeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemeName(String newSchemeName) {
		String oldSchemeName = schemeName;
		schemeName = newSchemeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__SCHEME_NAME, oldSchemeName, schemeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure getMeasure() {
		if (measure != null && measure.eIsProxy()) {
			InternalEObject oldMeasure = (InternalEObject)measure;
			measure = (Measure)eResolveProxy(oldMeasure);
			if (measure != oldMeasure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ApplicationsPackage.FUNDING_APPLICATION__MEASURE, oldMeasure, measure));
			}
		}
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Measure basicGetMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(Measure newMeasure) {
		Measure oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplicationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ApplicationStatus newStatus) {
		ApplicationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAmountApplied() {
		return amountApplied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountApplied(Double newAmountApplied) {
		Double oldAmountApplied = amountApplied;
		amountApplied = newAmountApplied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_APPLIED, oldAmountApplied, amountApplied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAmountGranted() {
		return amountGranted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountGranted(Double newAmountGranted) {
		Double oldAmountGranted = amountGranted;
		amountGranted = newAmountGranted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_GRANTED, oldAmountGranted, amountGranted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDate(LocalDate newDecisionDate) {
		LocalDate oldDecisionDate = decisionDate;
		decisionDate = newDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__DECISION_DATE, oldDecisionDate, decisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApplicationsPackage.FUNDING_APPLICATION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_ID:
				return getSchemeId();
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_NAME:
				return getSchemeName();
			case ApplicationsPackage.FUNDING_APPLICATION__MEASURE:
				if (resolve) return getMeasure();
				return basicGetMeasure();
			case ApplicationsPackage.FUNDING_APPLICATION__STATUS:
				return getStatus();
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_APPLIED:
				return getAmountApplied();
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_GRANTED:
				return getAmountGranted();
			case ApplicationsPackage.FUNDING_APPLICATION__DEADLINE:
				return getDeadline();
			case ApplicationsPackage.FUNDING_APPLICATION__DECISION_DATE:
				return getDecisionDate();
			case ApplicationsPackage.FUNDING_APPLICATION__NOTES:
				return getNotes();
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
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_ID:
				setSchemeId((String)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_NAME:
				setSchemeName((String)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__MEASURE:
				setMeasure((Measure)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__STATUS:
				setStatus((ApplicationStatus)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_APPLIED:
				setAmountApplied((Double)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_GRANTED:
				setAmountGranted((Double)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__DECISION_DATE:
				setDecisionDate((LocalDate)newValue);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__NOTES:
				setNotes((String)newValue);
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
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_ID:
				setSchemeId(SCHEME_ID_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_NAME:
				setSchemeName(SCHEME_NAME_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__MEASURE:
				setMeasure((Measure)null);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_APPLIED:
				setAmountApplied(AMOUNT_APPLIED_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_GRANTED:
				setAmountGranted(AMOUNT_GRANTED_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__DECISION_DATE:
				setDecisionDate(DECISION_DATE_EDEFAULT);
				return;
			case ApplicationsPackage.FUNDING_APPLICATION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_ID:
				return SCHEME_ID_EDEFAULT == null ? schemeId != null : !SCHEME_ID_EDEFAULT.equals(schemeId);
			case ApplicationsPackage.FUNDING_APPLICATION__SCHEME_NAME:
				return SCHEME_NAME_EDEFAULT == null ? schemeName != null : !SCHEME_NAME_EDEFAULT.equals(schemeName);
			case ApplicationsPackage.FUNDING_APPLICATION__MEASURE:
				return measure != null;
			case ApplicationsPackage.FUNDING_APPLICATION__STATUS:
				return status != STATUS_EDEFAULT;
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_APPLIED:
				return AMOUNT_APPLIED_EDEFAULT == null ? amountApplied != null : !AMOUNT_APPLIED_EDEFAULT.equals(amountApplied);
			case ApplicationsPackage.FUNDING_APPLICATION__AMOUNT_GRANTED:
				return AMOUNT_GRANTED_EDEFAULT == null ? amountGranted != null : !AMOUNT_GRANTED_EDEFAULT.equals(amountGranted);
			case ApplicationsPackage.FUNDING_APPLICATION__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case ApplicationsPackage.FUNDING_APPLICATION__DECISION_DATE:
				return DECISION_DATE_EDEFAULT == null ? decisionDate != null : !DECISION_DATE_EDEFAULT.equals(decisionDate);
			case ApplicationsPackage.FUNDING_APPLICATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (schemeId: ");
		result.append(schemeId);
		result.append(", schemeName: ");
		result.append(schemeName);
		result.append(", status: ");
		result.append(status);
		result.append(", amountApplied: ");
		result.append(amountApplied);
		result.append(", amountGranted: ");
		result.append(amountGranted);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", decisionDate: ");
		result.append(decisionDate);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //FundingApplicationImpl

/**
 * Redthread: generated from model/applications.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.funding.applications.model;

import java.time.LocalDate;

import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funding Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One application (søknad) to a grant scheme for one measure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getSchemeId <em>Scheme Id</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getSchemeName <em>Scheme Name</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getMeasure <em>Measure</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getStatus <em>Status</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getAmountApplied <em>Amount Applied</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getAmountGranted <em>Amount Granted</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.FundingApplication#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication()
 * @model
 * @generated
 */
public interface FundingApplication extends Identified {
	/**
	 * Returns the value of the '<em><b>Scheme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable id of the funding scheme in the catalogue, e.g. "klimasats".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme Id</em>' attribute.
	 * @see #setSchemeId(String)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_SchemeId()
	 * @model required="true"
	 * @generated
	 */
	String getSchemeId();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getSchemeId <em>Scheme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme Id</em>' attribute.
	 * @see #getSchemeId()
	 * @generated
	 */
	void setSchemeId(String value);

	/**
	 * Returns the value of the '<em><b>Scheme Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme's name when the application was made, shown when the catalogue no longer has the scheme (its content pack was removed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme Name</em>' attribute.
	 * @see #setSchemeName(String)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_SchemeName()
	 * @model
	 * @generated
	 */
	String getSchemeName();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getSchemeName <em>Scheme Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme Name</em>' attribute.
	 * @see #getSchemeName()
	 * @generated
	 */
	void setSchemeName(String value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measure the grant would fund.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' reference.
	 * @see #setMeasure(Measure)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_Measure()
	 * @model
	 * @generated
	 */
	Measure getMeasure();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getMeasure <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(Measure value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.funding.applications.model.ApplicationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see no.redthread.funding.applications.model.ApplicationStatus
	 * @see #setStatus(ApplicationStatus)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_Status()
	 * @model
	 * @generated
	 */
	ApplicationStatus getStatus();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see no.redthread.funding.applications.model.ApplicationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ApplicationStatus value);

	/**
	 * Returns the value of the '<em><b>Amount Applied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount applied for in Norwegian kroner (NOK); null while unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount Applied</em>' attribute.
	 * @see #setAmountApplied(Double)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_AmountApplied()
	 * @model
	 * @generated
	 */
	Double getAmountApplied();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getAmountApplied <em>Amount Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Applied</em>' attribute.
	 * @see #getAmountApplied()
	 * @generated
	 */
	void setAmountApplied(Double value);

	/**
	 * Returns the value of the '<em><b>Amount Granted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount granted in Norwegian kroner (NOK); counts only while the status is GRANTED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount Granted</em>' attribute.
	 * @see #setAmountGranted(Double)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_AmountGranted()
	 * @model
	 * @generated
	 */
	Double getAmountGranted();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getAmountGranted <em>Amount Granted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Granted</em>' attribute.
	 * @see #getAmountGranted()
	 * @generated
	 */
	void setAmountGranted(Double value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The application deadline (søknadsfrist).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_Deadline()
	 * @model dataType="no.redthread.model.plan.IsoDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the decision (vedtak) was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(LocalDate)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_DecisionDate()
	 * @model dataType="no.redthread.model.plan.IsoDate"
	 * @generated
	 */
	LocalDate getDecisionDate();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getFundingApplication_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.FundingApplication#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // FundingApplication
